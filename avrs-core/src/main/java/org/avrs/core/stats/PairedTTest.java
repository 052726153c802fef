package org.avrs.core.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Student's paired (dependent) t-test on the differences d_i = x_i − y_i, e.g. the per-fold scores of
 * two systems on the same folds: t = d̄ / (s_d / √n), s_d the sample standard deviation (divisor
 * n − 1), with n − 1 degrees of freedom, as {@code scipy.stats.ttest_rel(x, y, alternative=...)}.
 * The effect size reported is Cohen's d_z = d̄ / s_d = t / √n ({@link EffectSizes#cohensDz}).
 *
 * <p>When every difference is the same, s_d = 0: t is ±∞ (p = 0 for the matching alternative) if the
 * common difference is not 0, and NaN (p NaN) if it is, as in SciPy.
 */
public final class PairedTTest {

    private PairedTTest() {
    }

    /**
     * The t statistic.
     *
     * @throws IllegalArgumentException if the lengths differ, n &lt; 2 or a value is not finite
     */
    public static double statistic(double[] x, double[] y) {
        double[] d = Descriptive.differences(x, y);
        Descriptive.checkAtLeast("x", d, 2);
        return Descriptive.mean(d) / Math.sqrt(Descriptive.sampleVariance(d) / d.length);
    }

    /** The two-sided test. */
    public static TestResult test(double[] x, double[] y) {
        return test(x, y, Alternative.TWO_SIDED);
    }

    /**
     * The test against the given alternative (GREATER: the mean of x − y is positive).
     *
     * @throws IllegalArgumentException as {@link #statistic}
     */
    public static TestResult test(double[] x, double[] y, Alternative alternative) {
        double t = statistic(x, y);
        int df = x.length - 1;
        TDistribution dist = TDistribution.of(df);
        double p = switch (alternative) {
            case TWO_SIDED -> Math.min(1, 2 * Tails.upper(dist, Math.abs(t)));
            case GREATER -> Tails.upper(dist, t);
            case LESS -> Tails.lower(dist, t);
        };
        return new TestResult("paired t-test (" + alternative.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + ")", t, df, Double.NaN, p, EffectSizes.D_Z, EffectSizes.cohensDz(x, y));
    }
}
