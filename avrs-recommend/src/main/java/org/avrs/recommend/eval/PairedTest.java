package org.avrs.recommend.eval;

/**
 * A paired significance test over viewers (metric of algorithm A vs B per viewer).
 *
 * <p>Note for integration: the paired t-test itself belongs to avrs-core ({@code org.avrs.core.stats},
 * written on another branch); this module does not implement one. Once it is on the branch, adapt it
 * here, e.g. {@code (a, b) -> { TestResult r = PairedTTest.test(a, b); return new Significance("paired t",
 * r.statistic(), r.df(), r.pValue()); }}. Until then the harness reports differences without p-values.
 */
@FunctionalInterface
public interface PairedTest {

    /**
     * Tests whether paired samples differ.
     *
     * @param a the first algorithm's per-viewer values
     * @param b the second's, same length and order, no NaN
     */
    Significance test(double[] a, double[] b);

    /** A test's outcome: statistic, degrees of freedom, two-sided p-value. */
    record Significance(String test, double statistic, double df, double p) {
    }
}
