package org.avrs.core.stats;

import java.util.Objects;

/** Means and variances for the tests, with the input checks they share. */
final class Descriptive {

    private Descriptive() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** The unbiased sample variance Σ (x_i − x̄)² / (n − 1), two-pass. */
    static double sampleVariance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    /** The differences x_i − y_i of paired samples. */
    static double[] differences(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " and " + y.length);
        }
        checkFinite("x", x);
        checkFinite("y", y);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }

    static void checkFinite(String name, double[] x) {
        Objects.requireNonNull(x, name);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + x[i] + " is not finite");
            }
        }
    }

    static void checkAtLeast(String name, double[] x, int n) {
        if (x.length < n) {
            throw new IllegalArgumentException(name + " has " + x.length + " values, needs at least " + n);
        }
    }
}
