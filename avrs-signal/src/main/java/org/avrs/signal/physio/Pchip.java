package org.avrs.signal.physio;

/**
 * Monotone piecewise-cubic Hermite interpolation (Fritsch &amp; Carlson 1980, doi:10.1137/0717021) with the
 * slopes of scipy.interpolate.PchipInterpolator: inside, 0 where the neighbouring secants differ in sign
 * (or one is 0), else the weighted harmonic mean (w₁ + w₂)/(w₁/δₖ₋₁ + w₂/δₖ), w₁ = 2hₖ + hₖ₋₁,
 * w₂ = hₖ + 2hₖ₋₁; at the ends the three-point formula ((2h₀ + h₁)δ₀ − h₀δ₁)/(h₀ + h₁), set to 0 if its
 * sign differs from δ₀'s and to 3δ₀ if δ₀ and δ₁ differ in sign and it exceeds 3|δ₀|. Two knots give the
 * straight line. No overshoot: between two knots the curve stays within their values.
 */
final class Pchip {

    private final double[] x;
    private final double[] y;
    private final double[] d;

    /** @param x increasing knots (≥ 2) @param y values */
    Pchip(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            throw new IllegalArgumentException("PCHIP needs >= 2 knots with one value each; got " + n + " and " + y.length);
        }
        this.x = x.clone();
        this.y = y.clone();
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            if (!(h[k] > 0)) {
                throw new IllegalArgumentException("PCHIP knots must increase; x[" + k + "] = " + x[k]
                        + ", x[" + (k + 1) + "] = " + x[k + 1]);
            }
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        this.d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return;
        }
        for (int k = 1; k < n - 1; k++) {
            if (delta[k - 1] * delta[k] <= 0) {
                d[k] = 0;
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
            }
        }
        d[0] = edge(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = edge(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
    }

    private static double edge(double h0, double h1, double m0, double m1) {
        double d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(m0)) {
            return 0;
        }
        if (Math.signum(m0) != Math.signum(m1) && Math.abs(d) > Math.abs(3 * m0)) {
            return 3 * m0;
        }
        return d;
    }

    /** The interpolant at t, x[0] ≤ t ≤ x[last] (the end pieces extend beyond). */
    double at(double t) {
        int k = java.util.Arrays.binarySearch(x, t);
        if (k < 0) {
            k = -k - 2;
        }
        k = Math.max(0, Math.min(x.length - 2, k));
        double h = x[k + 1] - x[k];
        double s = (t - x[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y[k] + (s3 - 2 * s2 + s) * h * d[k] + (-2 * s3 + 3 * s2) * y[k + 1]
                + (s3 - s2) * h * d[k + 1];
    }
}
