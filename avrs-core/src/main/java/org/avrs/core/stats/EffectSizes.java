package org.avrs.core.stats;

/**
 * Standardised mean differences (Cohen 1988, <i>Statistical Power Analysis for the Behavioral
 * Sciences</i>, 2nd ed.; Lakens 2013, doi:10.3389/fpsyg.2013.00863 for the paired d_z). Both divide by
 * a sample standard deviation (divisor n − 1); a zero standard deviation gives ±∞ for a non-zero
 * difference and NaN for a zero one.
 */
public final class EffectSizes {

    /** Name of {@link #cohensD}. */
    public static final String D = "d";
    /** Name of {@link #cohensDz}. */
    public static final String D_Z = "d_z";

    private EffectSizes() {
    }

    /**
     * Cohen's d of two independent samples: (x̄ − ȳ) / s_p with the pooled standard deviation
     * s_p = √(((n_x − 1) s_x² + (n_y − 1) s_y²) / (n_x + n_y − 2)).
     *
     * @throws IllegalArgumentException if a sample is empty, n_x + n_y &lt; 3 or a value is not finite
     */
    public static double cohensD(double[] x, double[] y) {
        Descriptive.checkFinite("x", x);
        Descriptive.checkFinite("y", y);
        Descriptive.checkAtLeast("x", x, 1);
        Descriptive.checkAtLeast("y", y, 1);
        int nx = x.length;
        int ny = y.length;
        if (nx + ny < 3) {
            throw new IllegalArgumentException("Cohen's d needs n_x + n_y >= 3 for a pooled variance, got "
                    + (nx + ny));
        }
        double vx = nx > 1 ? Descriptive.sampleVariance(x) * (nx - 1) : 0;
        double vy = ny > 1 ? Descriptive.sampleVariance(y) * (ny - 1) : 0;
        return (Descriptive.mean(x) - Descriptive.mean(y)) / Math.sqrt((vx + vy) / (nx + ny - 2));
    }

    /**
     * Cohen's d_z of paired samples: the mean difference over the standard deviation of the
     * differences, d̄ / s_d = t / √n of the paired t-test. It is not comparable to the independent d:
     * with correlated pairs s_d is smaller than the pooled s_p, so d_z is larger.
     *
     * @throws IllegalArgumentException if the lengths differ, n &lt; 2 or a value is not finite
     */
    public static double cohensDz(double[] x, double[] y) {
        double[] d = Descriptive.differences(x, y);
        Descriptive.checkAtLeast("x", d, 2);
        return Descriptive.mean(d) / Math.sqrt(Descriptive.sampleVariance(d));
    }
}
