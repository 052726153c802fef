package org.avrs.core;

/**
 * A point in valence–arousal–dominance space (Mehrabian and Russell's PAD model; "pleasure" is
 * called valence here, as in the affective-computing literature). Each coordinate lies in [-1, 1]:
 * -1 is the most unpleasant / calm / submissive, +1 the most pleasant / excited / dominant, 0 neutral.
 *
 * @param valence pleasure–displeasure, in [-1, 1]
 * @param arousal activation, in [-1, 1]
 * @param dominance control, in [-1, 1]
 */
public record Vad(double valence, double arousal, double dominance) {

    /** The neutral point (0, 0, 0). */
    public static final Vad NEUTRAL = new Vad(0, 0, 0);

    public Vad {
        check("valence", valence);
        check("arousal", arousal);
        check("dominance", dominance);
    }

    private static void check(String name, double value) {
        if (!(value >= -1 && value <= 1)) {
            throw new IllegalArgumentException(name + " " + value + " must be in [-1, 1]");
        }
    }

    /** Euclidean distance to another point. */
    public double distance(Vad other) {
        double dv = valence - other.valence;
        double da = arousal - other.arousal;
        double dd = dominance - other.dominance;
        return Math.sqrt(dv * dv + da * da + dd * dd);
    }

    /**
     * A point from coordinates that may stray slightly outside [-1, 1] through rounding or averaging;
     * each is clamped to the range. NaN is still refused.
     */
    public static Vad clamped(double valence, double arousal, double dominance) {
        return new Vad(clamp(valence), clamp(arousal), clamp(dominance));
    }

    private static double clamp(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("VAD coordinate is NaN");
        }
        return Math.max(-1, Math.min(1, x));
    }

    /** The coordinates as {valence, arousal, dominance}. */
    public double[] toArray() {
        return new double[] {valence, arousal, dominance};
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "(v %+.2f, a %+.2f, d %+.2f)", valence, arousal, dominance);
    }
}
