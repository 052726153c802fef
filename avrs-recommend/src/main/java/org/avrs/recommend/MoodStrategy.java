package org.avrs.recommend;

/**
 * What to do with the viewer's affect when recommending (P1 §2, Winoto and Tang 2010; Zillmann's
 * mood-management theory, Zillmann 1988, "Mood management through communication choices",
 * <i>American Behavioral Scientist</i> 31(3):327–340, doi:10.1177/000276488031003005).
 */
public enum MoodStrategy {
    /** Ignore the affect: rank by the collaborative score alone. */
    NONE,
    /** Mood-congruent: videos whose affective profile is close to the viewer's affect (sad → moving drama). */
    CONGRUENT,
    /**
     * Mood-regulating: when the viewer's valence is negative, aim at a positive, calmer point (lift a
     * sad or tense viewer); a viewer already feeling good is kept where they are (as CONGRUENT).
     */
    REGULATE;

    /** Parses "none", "congruent" or "regulate" (any case). */
    public static MoodStrategy parse(String text) {
        for (MoodStrategy s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown mood strategy '" + text + "'; expected none, congruent or regulate");
    }
}
