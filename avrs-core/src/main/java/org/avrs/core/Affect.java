package org.avrs.core;

import java.util.Optional;

/**
 * How someone feels: a probability distribution over an {@link EmotionSet}, a valence–arousal–
 * dominance point, or both, with a confidence in [0, 1].
 *
 * <p>The VAD point is always present. When an affect is built from a distribution alone, its point
 * is the distribution's expectation under the set's coordinates ({@link EmotionSet#expectedVad});
 * when built from a point alone, there is no distribution until one is asked for through
 * {@link #withDistributionNear}. Immutable.
 */
public final class Affect {

    private final EmotionSet emotions;
    private final double[] distribution;
    private final Vad vad;
    private final double confidence;

    private Affect(EmotionSet emotions, double[] distribution, Vad vad, double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " must be in [0, 1]");
        }
        this.emotions = emotions;
        this.distribution = distribution;
        this.vad = vad;
        this.confidence = confidence;
    }

    /**
     * An affect from a categorical distribution; its VAD point is the distribution's expectation.
     *
     * @throws IllegalArgumentException if the distribution does not fit the set
     */
    public static Affect ofDistribution(EmotionSet emotions, double[] distribution, double confidence) {
        double[] p = normalized(emotions, distribution);
        return new Affect(emotions, p, emotions.expectedVad(p), confidence);
    }

    /** An affect known only as a VAD point. */
    public static Affect ofVad(Vad vad, double confidence) {
        return new Affect(null, null, java.util.Objects.requireNonNull(vad, "vad"), confidence);
    }

    /**
     * An affect whose distribution and point were estimated separately (a model with a categorical and a
     * dimensional head); the point is kept as given.
     */
    public static Affect of(EmotionSet emotions, double[] distribution, Vad vad, double confidence) {
        return new Affect(emotions, normalized(emotions, distribution),
                java.util.Objects.requireNonNull(vad, "vad"), confidence);
    }

    /** All mass on one label, full confidence (e.g. a self-report "I feel sad"). */
    public static Affect ofLabel(EmotionSet emotions, String label) {
        double[] p = new double[emotions.size()];
        p[emotions.indexOf(label)] = 1;
        return ofDistribution(emotions, p, 1);
    }

    private static double[] normalized(EmotionSet emotions, double[] distribution) {
        emotions.checkDistribution(distribution);
        double sum = 0;
        for (double p : distribution) {
            sum += p;
        }
        double[] copy = new double[distribution.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = distribution[i] / sum;
        }
        return copy;
    }

    /** The emotion set of the distribution, if there is one. */
    public Optional<EmotionSet> emotions() {
        return Optional.ofNullable(emotions);
    }

    /** A copy of the distribution in label order, if there is one. */
    public Optional<double[]> distribution() {
        return Optional.ofNullable(distribution).map(double[]::clone);
    }

    public boolean hasDistribution() {
        return distribution != null;
    }

    /** The probability of a label, or NaN when this affect has no distribution. */
    public double probability(String label) {
        return distribution == null ? Double.NaN : distribution[emotions.indexOf(label)];
    }

    /** The most probable label (the first on ties), if there is a distribution. */
    public Optional<String> dominantLabel() {
        if (distribution == null) {
            return Optional.empty();
        }
        int best = 0;
        for (int i = 1; i < distribution.length; i++) {
            if (distribution[i] > distribution[best]) {
                best = i;
            }
        }
        return Optional.of(emotions.label(best));
    }

    public Vad vad() {
        return vad;
    }

    public double valence() {
        return vad.valence();
    }

    public double arousal() {
        return vad.arousal();
    }

    public double dominance() {
        return vad.dominance();
    }

    public double confidence() {
        return confidence;
    }

    /** This affect with a distribution over {@code set} derived from its VAD point (see
     * {@link EmotionSet#distributionNear}); the point itself is kept. */
    public Affect withDistributionNear(EmotionSet set, double temperature) {
        return new Affect(set, set.distributionNear(vad, temperature), vad, confidence);
    }

    public Affect withConfidence(double newConfidence) {
        return new Affect(emotions, distribution, vad, newConfidence);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        dominantLabel().ifPresent(l -> s.append(l).append(String.format(java.util.Locale.ROOT, " %.2f ",
                probability(l))));
        return s.append(vad).append(String.format(java.util.Locale.ROOT, " conf %.2f", confidence)).toString();
    }
}
