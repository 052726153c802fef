package org.avrs.deep.train;

import java.util.Random;

/** Seeded synthetic classification problems with a known answer. */
final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * k Gaussian classes in d ≥ k dimensions: class c has mean 2.5 on feature c (0 elsewhere) and
     * unit noise. Two class means lie 2.5·√2 apart, so each pairwise error is Φ(−1.77) ≈ 0.04 and
     * the Bayes accuracy for k = 3 is about 0.93, far above chance 1/k. Classes alternate.
     */
    static ClassificationData blobs(int n, int d, int k, long seed) {
        Random rnd = new Random(seed);
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = (float) (rnd.nextGaussian() + (j == y[i] ? 2.5 : 0));
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
