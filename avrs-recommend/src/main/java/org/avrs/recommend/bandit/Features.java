package org.avrs.recommend.bandit;

import org.avrs.core.Vad;

/**
 * The context–arm features of the contextual bandits: the outer product of the viewer's current
 * affect (1, v, a, d) and the video's affective profile (1, v', a', d'), 16 numbers. A linear model on
 * them can learn "this viewer state likes that kind of video" (e.g. negative valence × positive
 * valence) as well as plain video and state effects.
 */
final class Features {

    static final int SIZE = 16;

    private Features() {
    }

    static double[] of(Vad viewer, Vad video) {
        double[] a = {1, viewer.valence(), viewer.arousal(), viewer.dominance()};
        double[] b = {1, video.valence(), video.arousal(), video.dominance()};
        double[] x = new double[SIZE];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                x[i * 4 + j] = a[i] * b[j];
            }
        }
        return x;
    }
}
