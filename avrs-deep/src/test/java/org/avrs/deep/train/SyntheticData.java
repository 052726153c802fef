package org.avrs.deep.train;

import java.util.Random;

/** Seeded synthetic classification problems with a known answer. */
final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * A continuous problem without clusters: x ~ N(0, I_d) and the label is the index of the largest
     * of the first k features, y = argmax_{c<k} x_c. A linear layer can express it exactly (logit
     * c = x_c), so a learner gets far above chance 1/k; with the labels shuffled, no direction of
     * the features predicts them, and held-out accuracy stays at chance. (Separable clusters are a
     * poor shuffled-label control: there a tiny chance majority per cluster decides the prediction
     * of the whole cluster.)
     */
    static ClassificationData argmax(int n, int d, int k, long seed) {
        Random rnd = new Random(seed);
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = (float) rnd.nextGaussian();
                if (j < k && x[i * d + j] > x[i * d + y[i]]) {
                    y[i] = j;
                }
            }
        }
        return new ClassificationData(x, new long[] {d}, y, k);
    }

    /**
     * EEG-like windows (time × channels) of white noise; class 1 adds a 40 Hz sine of amplitude 1 on
     * channels 0 and 1 (a "γ power" difference on a few channels, as in the EEG digest's suggested
     * ShallowConvNet test), sampled at 256 Hz with a random phase.
     */
    static ClassificationData gammaPower(int n, int time, int channels, long seed) {
        Random rnd = new Random(seed);
        float[] x = new float[n * time * channels];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double phase = rnd.nextDouble() * 2 * Math.PI;
            for (int t = 0; t < time; t++) {
                double tone = y[i] == 1 ? Math.sin(2 * Math.PI * 40 * t / 256.0 + phase) : 0;
                for (int c = 0; c < channels; c++) {
                    x[(i * time + t) * channels + c] = (float) (rnd.nextGaussian() + (c < 2 ? tone : 0));
                }
            }
        }
        return new ClassificationData(x, new long[] {time, channels}, y, 2);
    }
}
