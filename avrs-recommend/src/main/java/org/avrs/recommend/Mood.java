package org.avrs.recommend;

/**
 * A viewer's self-reported mood, as LDOS-CoMoDa records it (its {@code mood} field, 1–3). Mood is
 * the slower, diffuse state; the {@link org.avrs.core.Affect} of a {@link Context} is the emotion.
 */
public enum Mood {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** The valence sign this mood stands for: +1, 0 or -1. */
    public int sign() {
        return switch (this) {
            case POSITIVE -> 1;
            case NEUTRAL -> 0;
            case NEGATIVE -> -1;
        };
    }
}
