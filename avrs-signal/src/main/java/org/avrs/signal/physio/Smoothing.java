package org.avrs.signal.physio;

/**
 * Moving averages with the edge rule of NeuroKit2's {@code signal_smooth(kernel="boxcar")}: the signal
 * is extended by repeating its first and last samples, and output i is the mean of the {@code size}
 * samples [i − ⌊size/2⌋, i − ⌊size/2⌋ + size) (centred for odd sizes, one sample earlier for even).
 */
final class Smoothing {

    private Smoothing() {
    }

    /** The moving average of x over {@code size} ≥ 1 samples, in O(n). */
    static double[] boxcar(double[] x, int size) {
        int n = x.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        int lead = size / 2; // samples before i in the window
        double sum = 0;
        for (int j = -lead; j < size - lead; j++) {
            sum += at(x, j);
        }
        for (int i = 0; i < n; i++) {
            out[i] = sum / size;
            sum += at(x, i + size - lead) - at(x, i - lead);
        }
        return out;
    }

    private static double at(double[] x, int i) {
        return x[Math.max(0, Math.min(x.length - 1, i))];
    }
}
