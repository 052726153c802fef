package org.avrs.recommend.eval;

import java.util.HashMap;
import java.util.Map;
import org.avrs.core.stats.PairedTTest;
import org.avrs.core.stats.TestResult;

/**
 * The paired difference of one metric between two algorithms over the viewers both evaluated (pairs
 * with a NaN on either side are dropped), with a two-sided paired t-test over those viewers.
 *
 * @param metric the metric label
 * @param a first algorithm
 * @param b second algorithm
 * @param meanA mean of a over the pairs
 * @param meanB mean of b over the pairs
 * @param pairs how many viewers were paired
 * @param significance the paired t-test of a vs b ({@link PairedTTest}), or null with fewer than two pairs
 */
public record Comparison(String metric, String a, String b, double meanA, double meanB, int pairs,
        TestResult significance) {

    /** meanA − meanB. */
    public double difference() {
        return meanA - meanB;
    }

    /**
     * Compares two results on a per-viewer metric.
     *
     * @throws IllegalArgumentException if either result lacks the metric's per-viewer values
     */
    public static Comparison of(EvalResult a, EvalResult b, String metric) {
        double[] va = a.perViewer().get(metric);
        double[] vb = b.perViewer().get(metric);
        if (va == null || vb == null) {
            throw new IllegalArgumentException("metric '" + metric + "' has no per-viewer values; known: "
                    + a.perViewer().keySet());
        }
        Map<Long, Double> byViewer = new HashMap<>();
        for (int i = 0; i < va.length; i++) {
            byViewer.put(a.viewerIds()[i], va[i]);
        }
        double[] xa = new double[vb.length];
        double[] xb = new double[vb.length];
        int n = 0;
        for (int i = 0; i < vb.length; i++) {
            Double x = byViewer.get(b.viewerIds()[i]);
            if (x != null && !x.isNaN() && !Double.isNaN(vb[i])) {
                xa[n] = x;
                xb[n] = vb[i];
                n++;
            }
        }
        xa = java.util.Arrays.copyOf(xa, n);
        xb = java.util.Arrays.copyOf(xb, n);
        TestResult s = n < 2 ? null : PairedTTest.test(xa, xb);
        return new Comparison(metric, a.algorithm(), b.algorithm(), mean(xa), mean(xb), n, s);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }
}
