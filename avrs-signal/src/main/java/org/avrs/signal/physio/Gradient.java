package org.avrs.signal.physio;

/** numpy.gradient with unit spacing: central differences inside, one-sided differences at the ends. */
final class Gradient {

    private Gradient() {
    }

    /** |gradient(x)|; a single sample has gradient 0. */
    static double[] absolute(double[] x) {
        int n = x.length;
        double[] g = new double[n];
        if (n < 2) {
            return g;
        }
        g[0] = Math.abs(x[1] - x[0]);
        g[n - 1] = Math.abs(x[n - 1] - x[n - 2]);
        for (int i = 1; i < n - 1; i++) {
            g[i] = Math.abs((x[i + 1] - x[i - 1]) / 2);
        }
        return g;
    }
}
