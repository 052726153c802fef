package org.avrs.core.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.avrs.core.EmotionSet;

/**
 * An ordered, immutable list of {@link Sample}s with the label set they are labelled in.
 *
 * <p>Its {@link #fingerprint()} is a SHA-256 over each sample's id, label, targets, group and origin
 * (not the inputs, which may be large or lazily loaded): a saved split records it and is refused for
 * any other dataset.
 *
 * @param <I> the input type
 */
public final class Dataset<I> {

    private final String name;
    private final EmotionSet labels;
    private final List<Sample<I>> samples;
    private volatile String fingerprint;

    /**
     * @throws IllegalArgumentException if sample ids repeat or a label is outside the label set
     */
    public Dataset(String name, EmotionSet labels, List<Sample<I>> samples) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("dataset name must not be blank");
        }
        this.name = name;
        this.labels = Objects.requireNonNull(labels, "labels");
        this.samples = List.copyOf(samples);
        Set<String> ids = new HashSet<>();
        for (Sample<I> s : this.samples) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("dataset '" + name + "': sample id '" + s.id() + "' repeats");
            }
            if (s.label() >= labels.size()) {
                throw new IllegalArgumentException("dataset '" + name + "': sample '" + s.id() + "' has label "
                        + s.label() + " but the label set " + labels.name() + " has " + labels.size());
            }
        }
    }

    public String name() {
        return name;
    }

    public EmotionSet labels() {
        return labels;
    }

    public List<Sample<I>> samples() {
        return samples;
    }

    public int size() {
        return samples.size();
    }

    public Sample<I> get(int i) {
        return samples.get(i);
    }

    /** The class label of every sample, in order. */
    public int[] labelArray() {
        return samples.stream().mapToInt(Sample::label).toArray();
    }

    /** The distinct groups, sorted. */
    public List<Group> groups() {
        return List.copyOf(new TreeSet<>(samples.stream().map(Sample::group).toList()));
    }

    /** The samples at the given positions, in that order, as a dataset named {@code name}. */
    public Dataset<I> subset(String subsetName, int[] indices) {
        List<Sample<I>> part = new ArrayList<>(indices.length);
        for (int i : indices) {
            part.add(samples.get(i));
        }
        return new Dataset<>(subsetName, labels, part);
    }

    /** Sample counts per label, in label order. */
    public int[] labelCounts() {
        int[] counts = new int[labels.size()];
        for (Sample<I> s : samples) {
            if (s.isLabelled()) {
                counts[s.label()]++;
            }
        }
        return counts;
    }

    /** Sample counts per group, groups sorted. */
    public Map<Group, Integer> groupCounts() {
        Map<Group, Integer> counts = new LinkedHashMap<>();
        for (Group g : groups()) {
            counts.put(g, 0);
        }
        for (Sample<I> s : samples) {
            counts.merge(s.group(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The same samples with inputs mapped (e.g. recordings to feature vectors). */
    public <J> Dataset<J> map(Function<? super I, ? extends J> f) {
        List<Sample<J>> mapped = new ArrayList<>(samples.size());
        for (Sample<I> s : samples) {
            mapped.add(s.withInput(f.apply(s.input())));
        }
        return new Dataset<>(name, labels, mapped);
    }

    /**
     * The same samples with their labels permuted at random among the labelled samples (a seeded
     * Fisher–Yates shuffle; unlabelled samples stay unlabelled): the shuffled-label control, whose
     * accuracy must land at chance.
     */
    public Dataset<I> withShuffledLabels(long seed) {
        int[] y = labelArray();
        int[] labelled = java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] != Sample.UNLABELLED).toArray();
        Random rnd = new Random(seed);
        for (int k = labelled.length - 1; k > 0; k--) {
            int i = labelled[k];
            int j = labelled[rnd.nextInt(k + 1)];
            int t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        List<Sample<I>> shuffled = new ArrayList<>(samples.size());
        for (int i = 0; i < y.length; i++) {
            shuffled.add(samples.get(i).withLabel(y[i]));
        }
        return new Dataset<>(name + "-shuffled" + seed, labels, shuffled);
    }

    /** A SHA-256 hex digest of the samples' ids, labels, targets, groups and origins. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update((labels.name() + labels.labels()).getBytes(StandardCharsets.UTF_8));
                for (Sample<I> s : samples) {
                    String row = s.id() + '\t' + s.label() + '\t' + java.util.Arrays.toString(s.targets()) + '\t'
                            + s.group().kind() + '\t' + s.group().id() + '\t' + s.origin() + '\n';
                    md.update(row.getBytes(StandardCharsets.UTF_8));
                }
                f = HexFormat.of().formatHex(md.digest());
                fingerprint = f;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JDK", e);
            }
        }
        return f;
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + samples.size() + " samples, " + groups().size() + " groups, "
                + labels.name() + "]";
    }
}
