package org.avrs.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered set of emotion labels, each placed at a point in valence–arousal–dominance space. The
 * coordinates are what turns a categorical distribution into a VAD point ({@link #expectedVad}) and
 * back ({@link #distributionNear}); no other code converts between the two.
 *
 * <p><b>Coordinates of the predefined sets.</b> The categorical emotions use the pleasure–arousal–
 * dominance ratings of emotion terms by Russell and Mehrabian (1977), "Evidence for a three-factor
 * theory of emotions", <i>Journal of Research in Personality</i> 11(3):273–294,
 * doi:10.1016/0092-6566(77)90037-X, on their [-1, 1] scale as they are usually tabulated (e.g. in
 * Gebhard's ALMA model, AAMAS 2005, doi:10.1145/1082473.1082478): angry (-0.51, 0.59, 0.25), bored
 * (-0.65, -0.62, -0.33), disgusted (-0.60, 0.35, 0.11), fearful (-0.64, 0.60, -0.43), happy (0.81,
 * 0.51, 0.46), sad (-0.63, -0.27, -0.33), surprised (0.40, 0.67, -0.13). Neutral is the origin by
 * definition. The binary valence and arousal sets put "low" and "high" at ∓0.5 on their own axis and 0
 * on the others: only the axis they measure is known.
 *
 * <p>Instances are immutable; label order is significant (it is the order of distribution vectors).
 */
public final class EmotionSet {

    private static final Vad ANGER = new Vad(-0.51, 0.59, 0.25);
    private static final Vad BOREDOM = new Vad(-0.65, -0.62, -0.33);
    private static final Vad DISGUST = new Vad(-0.60, 0.35, 0.11);
    private static final Vad FEAR = new Vad(-0.64, 0.60, -0.43);
    private static final Vad HAPPINESS = new Vad(0.81, 0.51, 0.46);
    private static final Vad SADNESS = new Vad(-0.63, -0.27, -0.33);
    private static final Vad SURPRISE = new Vad(0.40, 0.67, -0.13);

    /** Berlin EmoDB's seven classes (Burkhardt et al., Interspeech 2005). */
    public static final EmotionSet EMODB = builder("emodb")
            .add("anger", ANGER).add("boredom", BOREDOM).add("disgust", DISGUST).add("fear", FEAR)
            .add("happiness", HAPPINESS).add("sadness", SADNESS).add("neutral", Vad.NEUTRAL).build();

    /** Ekman's six basic emotions plus neutral. */
    public static final EmotionSet EKMAN_NEUTRAL = builder("ekman7")
            .add("anger", ANGER).add("disgust", DISGUST).add("fear", FEAR).add("happiness", HAPPINESS)
            .add("sadness", SADNESS).add("surprise", SURPRISE).add("neutral", Vad.NEUTRAL).build();

    /** Binary valence (e.g. DEAP ratings split at 5). */
    public static final EmotionSet VALENCE_BINARY = builder("valence2")
            .add("low", new Vad(-0.5, 0, 0)).add("high", new Vad(0.5, 0, 0)).build();

    /** Binary arousal (e.g. DEAP ratings split at 5). */
    public static final EmotionSet AROUSAL_BINARY = builder("arousal2")
            .add("low", new Vad(0, -0.5, 0)).add("high", new Vad(0, 0.5, 0)).build();

    private final String name;
    private final List<String> labels;
    private final Vad[] coordinates;
    private final Map<String, Integer> index;

    private EmotionSet(String name, List<String> labels, List<Vad> coordinates) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("emotion set name must not be blank");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("emotion set '" + name + "' has no labels");
        }
        this.name = name;
        this.labels = List.copyOf(labels);
        this.coordinates = coordinates.toArray(new Vad[0]);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("emotion set '" + name + "': label " + i + " is blank");
            }
            if (idx.put(label, i) != null) {
                throw new IllegalArgumentException("emotion set '" + name + "': label '" + label + "' repeats");
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A builder for a custom set; labels keep the order in which they are added. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The predefined sets, by name: emodb, ekman7, valence2, arousal2. */
    public static EmotionSet named(String name) {
        for (EmotionSet set : List.of(EMODB, EKMAN_NEUTRAL, VALENCE_BINARY, AROUSAL_BINARY)) {
            if (set.name.equals(name)) {
                return set;
            }
        }
        throw new IllegalArgumentException("unknown emotion set '" + name
                + "'; known: emodb, ekman7, valence2, arousal2");
    }

    public String name() {
        return name;
    }

    /** The labels in order. */
    public List<String> labels() {
        return labels;
    }

    public int size() {
        return labels.size();
    }

    public String label(int i) {
        return labels.get(i);
    }

    public boolean contains(String label) {
        return index.containsKey(label);
    }

    /**
     * The position of a label.
     *
     * @throws IllegalArgumentException if the label is not in this set (the message lists the labels)
     */
    public int indexOf(String label) {
        Integer i = index.get(label);
        if (i == null) {
            throw new IllegalArgumentException("label '" + label + "' is not in emotion set '" + name
                    + "' " + labels);
        }
        return i;
    }

    /** The VAD coordinates of a label. */
    public Vad coordinates(String label) {
        return coordinates[indexOf(label)];
    }

    public Vad coordinates(int i) {
        return coordinates[i];
    }

    /**
     * The VAD point a distribution stands for: Σ p_i · c_i over the labels' coordinates c_i.
     *
     * @param distribution probabilities in label order, non-negative, summing to 1 (±1e-6)
     * @throws IllegalArgumentException if the distribution has the wrong length or is not a distribution
     */
    public Vad expectedVad(double[] distribution) {
        checkDistribution(distribution);
        double v = 0;
        double a = 0;
        double d = 0;
        for (int i = 0; i < coordinates.length; i++) {
            v += distribution[i] * coordinates[i].valence();
            a += distribution[i] * coordinates[i].arousal();
            d += distribution[i] * coordinates[i].dominance();
        }
        return Vad.clamped(v, a, d);
    }

    /**
     * A distribution over the labels concentrated near a VAD point: p_i ∝ exp(-‖x - c_i‖² / τ).
     * A small temperature τ puts nearly all mass on the nearest label; a large one spreads it evenly.
     *
     * @param temperature τ &gt; 0
     */
    public double[] distributionNear(Vad point, double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature " + temperature + " must be > 0 and finite");
        }
        double[] logits = new double[coordinates.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            double dist = point.distance(coordinates[i]);
            logits[i] = -dist * dist / temperature;
            max = Math.max(max, logits[i]);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            sum += logits[i];
        }
        for (int i = 0; i < logits.length; i++) {
            logits[i] /= sum;
        }
        return logits;
    }

    /** The label whose coordinates are nearest to a point (ties go to the earlier label). */
    public String nearestLabel(Vad point) {
        int best = 0;
        for (int i = 1; i < coordinates.length; i++) {
            if (point.distance(coordinates[i]) < point.distance(coordinates[best])) {
                best = i;
            }
        }
        return labels.get(best);
    }

    /**
     * Checks that an array is a probability distribution over this set.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    public void checkDistribution(double[] distribution) {
        Objects.requireNonNull(distribution, "distribution");
        if (distribution.length != labels.size()) {
            throw new IllegalArgumentException("distribution has " + distribution.length
                    + " entries but emotion set '" + name + "' has " + labels.size() + " labels");
        }
        double sum = 0;
        for (int i = 0; i < distribution.length; i++) {
            if (!(distribution[i] >= 0 && distribution[i] <= 1 + 1e-9)) {
                throw new IllegalArgumentException("probability of '" + labels.get(i) + "' is "
                        + distribution[i] + ", must be in [0, 1]");
            }
            sum += distribution[i];
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "probabilities sum to %.9f, must sum to 1", sum));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmotionSet other && name.equals(other.name) && labels.equals(other.labels)
                && Arrays.equals(coordinates, other.coordinates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, labels);
    }

    @Override
    public String toString() {
        return name + labels;
    }

    /** Builds a custom set label by label. */
    public static final class Builder {
        private final String name;
        private final Map<String, Vad> entries = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a label at the given coordinates. */
        public Builder add(String label, Vad coordinates) {
            Objects.requireNonNull(coordinates, "coordinates of " + label);
            if (entries.put(label, coordinates) != null) {
                throw new IllegalArgumentException("label '" + label + "' added twice");
            }
            return this;
        }

        public EmotionSet build() {
            return new EmotionSet(name, new ArrayList<>(entries.keySet()), new ArrayList<>(entries.values()));
        }
    }
}
