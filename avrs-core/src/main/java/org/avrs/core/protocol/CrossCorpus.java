package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * Cross-corpus evaluation: train on the samples of some corpora, test on all samples of another
 * ({@link Sample.Origin#corpus()}); samples of other corpora are not used. One split, named
 * "train emodb + ravdess, test tess".
 *
 * @param trainCorpora the training corpora, not empty (kept sorted)
 * @param testCorpus the test corpus, not among the training ones
 */
public record CrossCorpus(SortedSet<String> trainCorpora, String testCorpus) implements Protocol {

    public CrossCorpus {
        if (trainCorpora == null || trainCorpora.isEmpty()) {
            throw new IllegalArgumentException("cross-corpus needs at least one training corpus");
        }
        if (testCorpus == null || testCorpus.isBlank()) {
            throw new IllegalArgumentException("cross-corpus needs a test corpus");
        }
        if (trainCorpora.contains(testCorpus)) {
            throw new IllegalArgumentException("test corpus '" + testCorpus + "' is also a training corpus");
        }
        trainCorpora = Collections.unmodifiableSortedSet(new TreeSet<>(trainCorpora));
    }

    /** Train on {@code train}, test on {@code test}. */
    public static CrossCorpus of(Set<String> train, String test) {
        return new CrossCorpus(new TreeSet<>(train), test);
    }

    @Override
    public String name() {
        return "cross-corpus(train=" + trainCorpora + ", test=" + testCorpus + ")";
    }

    /**
     * @throws IllegalArgumentException if a corpus has no samples, or a group has samples in both a
     *     training corpus and the test corpus (give groups corpus-qualified ids, e.g. "emodb-03")
     */
    @Override
    public List<Split> splits(Dataset<?> data) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        Map<Group, String> trainGroupCorpus = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            Sample<?> s = data.get(i);
            String corpus = s.origin().corpus();
            if (trainCorpora.contains(corpus)) {
                train.add(i);
                trainGroupCorpus.putIfAbsent(s.group(), corpus);
            } else if (corpus.equals(testCorpus)) {
                test.add(i);
            }
        }
        Set<String> present = new TreeSet<>();
        data.samples().forEach(s -> present.add(s.origin().corpus()));
        for (String corpus : trainCorpora) {
            requirePresent(present, corpus, data);
        }
        requirePresent(present, testCorpus, data);
        for (int i : test) {
            Group g = data.get(i).group();
            if (trainGroupCorpus.containsKey(g)) {
                throw new IllegalArgumentException(g + " has samples in training corpus '" + trainGroupCorpus.get(g)
                        + "' and test corpus '" + testCorpus + "'; give groups corpus-qualified ids");
            }
        }
        return List.of(new Split("train " + String.join(" + ", trainCorpora) + ", test " + testCorpus,
                toArray(train), toArray(test)));
    }

    private static int[] toArray(List<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void requirePresent(Set<String> present, String corpus, Dataset<?> data) {
        if (!present.contains(corpus)) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has no samples of corpus '" + corpus
                    + "'; its corpora are " + present);
        }
    }
}
