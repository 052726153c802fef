package org.avrs.core.stats;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's χ² tests on counts: goodness of fit of observed counts to expected ones
 * ({@code scipy.stats.chisquare}) and independence of the rows and columns of a contingency table
 * ({@code scipy.stats.chi2_contingency}). The statistic is χ² = Σ (O − E)² / E; the p-value is the
 * upper tail of the χ² distribution with the stated degrees of freedom.
 */
public final class ChiSquareTest {

    /** Name of the effect size of {@link #independence}. */
    public static final String CRAMERS_V = "Cramér's V";

    private ChiSquareTest() {
    }

    /**
     * Goodness of fit to the uniform distribution: E_i = N / k for k categories.
     *
     * @throws IllegalArgumentException as {@link #goodnessOfFit(double[], double[])}
     */
    public static TestResult goodnessOfFit(double[] observed) {
        checkCounts("observed", observed);
        double[] expected = new double[observed.length];
        Arrays.fill(expected, Arrays.stream(observed).sum() / observed.length);
        return goodnessOfFit(observed, expected);
    }

    /**
     * Goodness of fit: χ² = Σ (O_i − E_i)² / E_i with k − 1 degrees of freedom.
     *
     * @param observed counts O_i &ge; 0 (need not be integers, e.g. pooled weights)
     * @param expected expected counts E_i &gt; 0 summing to Σ O_i (relative tolerance 1e-8, as SciPy)
     * @throws IllegalArgumentException if k &lt; 2, the lengths differ, a count is negative or not
     *     finite, an expected count is not positive, or the sums disagree
     */
    public static TestResult goodnessOfFit(double[] observed, double[] expected) {
        double chi2 = goodnessOfFitStatistic(observed, expected);
        int df = observed.length - 1;
        return new TestResult("chi-square goodness of fit", chi2, df, Double.NaN,
                Tails.upper(ChiSquaredDistribution.of(df), chi2), "", Double.NaN);
    }

    /**
     * The goodness-of-fit statistic Σ (O_i − E_i)² / E_i.
     *
     * @throws IllegalArgumentException as {@link #goodnessOfFit(double[], double[])}
     */
    public static double goodnessOfFitStatistic(double[] observed, double[] expected) {
        checkCounts("observed", observed);
        checkCounts("expected", expected);
        if (observed.length < 2) {
            throw new IllegalArgumentException("goodness of fit needs at least 2 categories, got " + observed.length);
        }
        if (observed.length != expected.length) {
            throw new IllegalArgumentException(observed.length + " observed but " + expected.length
                    + " expected counts");
        }
        double so = 0;
        double se = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!(expected[i] > 0)) {
                throw new IllegalArgumentException("expected count " + i + " is " + expected[i] + ", must be > 0");
            }
            so += observed[i];
            se += expected[i];
        }
        if (Math.abs(so - se) > 1e-8 * Math.max(so, se)) {
            throw new IllegalArgumentException("observed counts sum to " + so + " but expected counts to " + se);
        }
        double chi2 = 0;
        for (int i = 0; i < observed.length; i++) {
            double diff = observed[i] - expected[i];
            chi2 += diff * diff / expected[i];
        }
        return chi2;
    }

    /**
     * The expected counts of a table under independence, E_ij = (row sum_i · column sum_j) / N.
     *
     * @throws IllegalArgumentException if the table is empty or ragged, a count is negative or not
     *     finite, or a row or column sums to 0 (its expected counts would be 0)
     */
    public static double[][] expected(double[][] table) {
        Objects.requireNonNull(table, "table");
        if (table.length == 0 || table[0].length == 0) {
            throw new IllegalArgumentException("contingency table is empty");
        }
        int c = table[0].length;
        double[] rows = new double[table.length];
        double[] cols = new double[c];
        for (int i = 0; i < table.length; i++) {
            if (table[i].length != c) {
                throw new IllegalArgumentException("contingency table row " + i + " has " + table[i].length
                        + " columns, row 0 has " + c);
            }
            checkCounts("table row " + i, table[i]);
            for (int j = 0; j < c; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        double n = Arrays.stream(rows).sum();
        checkNonZero("row", rows);
        checkNonZero("column", cols);
        double[][] e = new double[table.length][c];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < c; j++) {
                e[i][j] = rows[i] * cols[j] / n;
            }
        }
        return e;
    }

    /**
     * The independence statistic Σ (O_ij − E_ij)² / E_ij. With {@code yates} and a 2×2 table (one
     * degree of freedom) Yates' continuity correction first moves each O_ij by 0.5 towards E_ij, but
     * not past it: O' = O + sign(E − O) · min(0.5, |E − O|), as SciPy. Other tables are never
     * corrected. A table with 0 degrees of freedom (one row or one column) has statistic 0.
     *
     * @throws IllegalArgumentException as {@link #expected}
     */
    public static double independenceStatistic(double[][] table, boolean yates) {
        double[][] e = expected(table);
        if (degreesOfFreedom(table) == 0) {
            return 0;
        }
        boolean correct = yates && degreesOfFreedom(table) == 1;
        double chi2 = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                double o = table[i][j];
                if (correct) {
                    o += Math.signum(e[i][j] - o) * Math.min(0.5, Math.abs(e[i][j] - o));
                }
                chi2 += (o - e[i][j]) * (o - e[i][j]) / e[i][j];
            }
        }
        return chi2;
    }

    /**
     * Pearson's test of independence on an r × c table with (r − 1)(c − 1) degrees of freedom; p is 1
     * for 0 degrees of freedom. The effect size is Cramér's V = √(χ² / (N · (min(r, c) − 1))) from the
     * uncorrected statistic (as {@code scipy.stats.contingency.association(table, method='cramer')}),
     * NaN for a table with one row or column.
     *
     * @param yates whether to apply Yates' correction to a 2×2 table (SciPy's default is true)
     * @throws IllegalArgumentException as {@link #expected}
     */
    public static TestResult independence(double[][] table, boolean yates) {
        double chi2 = independenceStatistic(table, yates);
        int df = degreesOfFreedom(table);
        double p = df == 0 ? 1 : Tails.upper(ChiSquaredDistribution.of(df), chi2);
        double n = Arrays.stream(table).flatMapToDouble(Arrays::stream).sum();
        int m = Math.min(table.length, table[0].length) - 1;
        double v = m == 0 ? Double.NaN : Math.sqrt(independenceStatistic(table, false) / (n * m));
        return new TestResult("chi-square independence" + (yates && df == 1 ? " (Yates)" : ""), chi2, df,
                Double.NaN, p, CRAMERS_V, v);
    }

    private static int degreesOfFreedom(double[][] table) {
        return (table.length - 1) * (table[0].length - 1);
    }

    private static void checkCounts(String name, double[] counts) {
        Objects.requireNonNull(counts, name);
        for (int i = 0; i < counts.length; i++) {
            if (!(counts[i] >= 0) || Double.isInfinite(counts[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + counts[i]
                        + " must be a finite count >= 0");
            }
        }
    }

    private static void checkNonZero(String kind, double[] sums) {
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] == 0) {
                throw new IllegalArgumentException("contingency table " + kind + " " + i
                        + " sums to 0, so its expected counts are 0");
            }
        }
    }
}
