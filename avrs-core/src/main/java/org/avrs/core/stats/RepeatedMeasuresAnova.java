package org.avrs.core.stats;

import java.util.Objects;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * One-way repeated-measures ANOVA: do k conditions (e.g. systems, stimuli) differ in mean when each
 * of n subjects is measured under all of them? With x_ij the value of subject i under condition j,
 * x̄ the grand mean, x̄_·j the condition means and x̄_i· the subject means:
 *
 * <pre>
 * SS_conditions = n Σ_j (x̄_·j − x̄)²                 df₁ = k − 1
 * SS_error      = Σ_ij (x_ij − x̄_i· − x̄_·j + x̄)²    df₂ = (n − 1)(k − 1)
 * F = (SS_conditions / df₁) / (SS_error / df₂),      p = P(F(df₁, df₂) ≥ F)
 * </pre>
 *
 * SS_error is what remains of the total sum of squares once the conditions and the subjects
 * (SS_subjects = k Σ_i (x̄_i· − x̄)²) are taken out; it is summed directly from the residuals. The
 * effect size is partial η² = SS_conditions / (SS_conditions + SS_error). No sphericity correction
 * (Greenhouse–Geisser) is applied; with k = 2 the test equals the two-sided paired t-test (F = t²).
 * Matches {@code statsmodels.stats.anova.AnovaRM}. F is +∞ when the error sum of squares is 0 and
 * the conditions differ, NaN when both are 0.
 */
public final class RepeatedMeasuresAnova {

    /** Name of the effect size. */
    public static final String PARTIAL_ETA_SQUARED = "partial η²";

    private RepeatedMeasuresAnova() {
    }

    /**
     * The F statistic.
     *
     * @param data [subject][condition], n ≥ 2 rows of the same length k ≥ 2, finite
     * @throws IllegalArgumentException if the shape is too small or ragged or a value is not finite
     */
    public static double statistic(double[][] data) {
        SumsOfSquares ss = SumsOfSquares.of(data);
        return (ss.conditions / ss.df1) / (ss.error / ss.df2);
    }

    /**
     * The test.
     *
     * @throws IllegalArgumentException as {@link #statistic}
     */
    public static TestResult test(double[][] data) {
        SumsOfSquares ss = SumsOfSquares.of(data);
        double f = (ss.conditions / ss.df1) / (ss.error / ss.df2);
        double p = Tails.upper(FDistribution.of(ss.df1, ss.df2), f);
        return new TestResult("one-way repeated-measures ANOVA", f, ss.df1, ss.df2, p, PARTIAL_ETA_SQUARED,
                ss.conditions / (ss.conditions + ss.error));
    }

    private record SumsOfSquares(double conditions, double error, int df1, int df2) {

        static SumsOfSquares of(double[][] data) {
            Objects.requireNonNull(data, "data");
            int n = data.length;
            if (n < 2) {
                throw new IllegalArgumentException("repeated-measures ANOVA needs >= 2 subjects (rows), got " + n);
            }
            int k = data[0].length;
            if (k < 2) {
                throw new IllegalArgumentException("repeated-measures ANOVA needs >= 2 conditions (columns), got " + k);
            }
            double[] subjectMeans = new double[n];
            double[] conditionMeans = new double[k];
            for (int i = 0; i < n; i++) {
                if (data[i].length != k) {
                    throw new IllegalArgumentException("subject " + i + " has " + data[i].length
                            + " conditions, subject 0 has " + k);
                }
                Descriptive.checkFinite("data[" + i + "]", data[i]);
                subjectMeans[i] = Descriptive.mean(data[i]);
                for (int j = 0; j < k; j++) {
                    conditionMeans[j] += data[i][j] / n;
                }
            }
            double grand = Descriptive.mean(subjectMeans);
            double conditions = 0;
            for (double m : conditionMeans) {
                conditions += n * (m - grand) * (m - grand);
            }
            // the residuals of the additive subject + condition model, summed directly rather than as
            // SS_total - SS_conditions - SS_subjects, which cancels badly when the error is small
            double error = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    double r = data[i][j] - subjectMeans[i] - conditionMeans[j] + grand;
                    error += r * r;
                }
            }
            return new SumsOfSquares(conditions, error, k - 1, (n - 1) * (k - 1));
        }
    }
}
