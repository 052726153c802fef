package org.avrs.core.stats;

import java.util.Locale;

/**
 * The outcome of a significance test: its statistic, degrees of freedom, p-value and, where one is
 * natural, an effect size. Immutable.
 *
 * @param test what was tested, e.g. "paired t-test (two-sided)"
 * @param statistic the test statistic (t, χ², F); NaN when undefined (e.g. zero variance and zero mean)
 * @param df degrees of freedom (the numerator's for F)
 * @param dfDenominator the denominator degrees of freedom of an F statistic; NaN for other tests
 * @param pValue the p-value in [0, 1]; NaN when the statistic is NaN
 * @param effectName the effect size's name, e.g. "d_z", "Cramér's V", "partial η²"; "" when none
 * @param effect the effect size; NaN when none or undefined
 */
public record TestResult(String test, double statistic, double df, double dfDenominator, double pValue,
                         String effectName, double effect) {

    public TestResult {
        if (test == null || test.isBlank()) {
            throw new IllegalArgumentException("a test result must name its test");
        }
        if (!(df >= 0)) {
            throw new IllegalArgumentException("degrees of freedom " + df + " must be >= 0");
        }
        if (!(pValue >= 0 && pValue <= 1) && !Double.isNaN(pValue)) {
            throw new IllegalArgumentException("p-value " + pValue + " must be in [0, 1] or NaN");
        }
        java.util.Objects.requireNonNull(effectName, "effectName");
    }

    /** Whether the p-value is below α (false when it is NaN). */
    public boolean significantAt(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha " + alpha + " must be in (0, 1)");
        }
        return pValue < alpha;
    }

    /** E.g. "paired t-test (two-sided): statistic 1.8831 (df 9), p = 0.09234, d_z = 0.5955". */
    @Override
    public String toString() {
        String dfs = Double.isNaN(dfDenominator) ? fmt(df) : fmt(df) + ", " + fmt(dfDenominator);
        String s = String.format(Locale.ROOT, "%s: statistic %.5g (df %s), p = %.4g", test, statistic, dfs, pValue);
        return effectName.isEmpty() ? s : s + String.format(Locale.ROOT, ", %s = %.4g", effectName, effect);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
