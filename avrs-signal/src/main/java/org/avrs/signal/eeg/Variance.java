package org.avrs.signal.eeg;

/** The biased variance of a stretch of samples, in two passes (mean first, for precision). */
final class Variance {

    private Variance() {
    }

    /** (1/n) Σ (xᵢ − x̄)² over x[from, from + n), n ≥ 1. */
    static double of(double[] x, int from, int n) {
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            sum += x[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = from; i < from + n; i++) {
            double d = x[i] - mean;
            ss += d * d;
        }
        return ss / n;
    }
}
