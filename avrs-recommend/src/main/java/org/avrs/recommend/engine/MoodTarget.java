package org.avrs.recommend.engine;

import org.avrs.core.Affect;
import org.avrs.core.Vad;
import org.avrs.recommend.MoodStrategy;

/**
 * The affect a recommendation should aim at, given the viewer's affect and a {@link MoodStrategy}.
 *
 * <p>CONGRUENT aims at the viewer's own VAD point. REGULATE follows mood-management theory (Zillmann
 * 1988, doi:10.1177/000276488031003005: people pick media that end a bad mood — calming content when
 * stressed, stimulating content when bored or low): a viewer with valence ≥ 0 is kept where they are;
 * a viewer with negative valence is aimed at valence +0.6 (clearly pleasant, short of euphoric),
 * arousal −0.2 when their arousal is above +0.2 (tense, angry, afraid → calm down), +0.3 when below
 * −0.2 (sad, bored → a gentle lift), +0.1 otherwise, and dominance at least +0.2 (content that
 * leaves the viewer in control). The constants are design choices, not fitted values.
 */
public final class MoodTarget {

    private MoodTarget() {
    }

    /** The target point; for NONE the viewer's own point (unused by the re-ranker). */
    public static Vad of(Affect viewer, MoodStrategy strategy) {
        Vad x = viewer.vad();
        if (strategy != MoodStrategy.REGULATE || x.valence() >= 0) {
            return x;
        }
        double arousal = x.arousal() > 0.2 ? -0.2 : x.arousal() < -0.2 ? 0.3 : 0.1;
        return new Vad(0.6, arousal, Math.max(0.2, x.dominance()));
    }

    /** Whether regulating means calming (negative, aroused viewer) rather than lifting. */
    static boolean calming(Affect viewer) {
        return viewer.valence() < 0 && viewer.arousal() > 0.2;
    }
}
