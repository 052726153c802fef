package org.avrs.core.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Area under the ROC curve (TPR against FPR over all thresholds), from real-valued scores where a
 * higher score means "more likely positive". Pure functions.
 *
 * <p>The area equals the probability that a random positive scores above a random negative, ties
 * counting one half — the Mann–Whitney U statistic over n₊ · n₋ (Hanley and McNeil 1982,
 * doi:10.1148/radiology.143.1.7063747). It is computed from ranks: with R₊ the sum of the midranks
 * (tied scores share the mean of their ranks) of the positives,
 * AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊ · n₋). This is what {@code sklearn.metrics.roc_auc_score} gives,
 * ties included.
 */
public final class RocAuc {

    /** Label of {@link #binary}. */
    public static final String ROC_AUC = "ROC-AUC";
    /** Label of {@link #oneVsRestMacro}. */
    public static final String ROC_AUC_OVR_MACRO = "ROC-AUC-ovr-macro";

    private RocAuc() {
    }

    /**
     * The binary ROC-AUC.
     *
     * @param positive whether each sample is of the positive class
     * @param scores each sample's score, finite
     * @return the area in [0, 1]; NaN when there are no positives or no negatives (sklearn raises an
     *     error there)
     * @throws IllegalArgumentException if the lengths differ or a score is not finite
     */
    public static double binary(boolean[] positive, double[] scores) {
        Objects.requireNonNull(positive, "positive");
        checkScores(scores, positive.length, "scores");
        double[] ranks = midranks(scores);
        long nPos = 0;
        double rankSum = 0;
        for (int i = 0; i < positive.length; i++) {
            if (positive[i]) {
                nPos++;
                rankSum += ranks[i];
            }
        }
        long nNeg = positive.length - nPos;
        if (nPos == 0 || nNeg == 0) {
            return Double.NaN;
        }
        return (rankSum - nPos * (nPos + 1) / 2.0) / ((double) nPos * nNeg);
    }

    /**
     * One-vs-rest ROC-AUC of each class c: {@link #binary} of (truth == c) against column c of the
     * scores.
     *
     * @param truth true classes in [0, k)
     * @param scores per sample, one score per class ({@code scores[i][c]}; probabilities or any real
     *     scores — they need not sum to 1)
     * @return k areas, NaN for a class absent from the truth or present in every sample
     * @throws IllegalArgumentException if the shapes disagree, a class is outside [0, k) or a score is
     *     not finite
     */
    public static double[] oneVsRest(int[] truth, double[][] scores) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(scores, "scores");
        if (scores.length != truth.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " entries but scores has "
                    + scores.length + " rows");
        }
        int k = truth.length == 0 ? 0 : scores[0].length;
        for (int i = 0; i < truth.length; i++) {
            if (scores[i].length != k) {
                throw new IllegalArgumentException("scores row " + i + " has " + scores[i].length
                        + " entries, row 0 has " + k);
            }
            if (truth[i] < 0 || truth[i] >= k) {
                throw new IllegalArgumentException("truth[" + i + "] = " + truth[i] + " is outside [0, " + k + ")");
            }
        }
        double[] auc = new double[k];
        boolean[] positive = new boolean[truth.length];
        double[] column = new double[truth.length];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < truth.length; i++) {
                positive[i] = truth[i] == c;
                column[i] = scores[i][c];
            }
            auc[c] = binary(positive, column);
        }
        return auc;
    }

    /**
     * The macro average of the one-vs-rest areas, (1/k) Σ_c AUC_c, as
     * {@code sklearn.metrics.roc_auc_score(truth, scores, multi_class='ovr', average='macro')}.
     *
     * @return NaN when any class's area is undefined (a class absent from the truth), where sklearn
     *     raises an error, or when there are no samples
     * @throws IllegalArgumentException as {@link #oneVsRest}
     */
    public static double oneVsRestMacro(int[] truth, double[][] scores) {
        double[] auc = oneVsRest(truth, scores);
        return auc.length == 0 ? Double.NaN : Arrays.stream(auc).average().orElseThrow();
    }

    /** Ranks 1..n of the values, ties given the mean of the ranks they span. */
    static double[] midranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double mid = (start + end) / 2.0 + 1;
            for (int j = start; j <= end; j++) {
                ranks[order[j]] = mid;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static void checkScores(double[] scores, int n, String name) {
        Objects.requireNonNull(scores, name);
        if (scores.length != n) {
            throw new IllegalArgumentException(name + " has " + scores.length + " entries, expected " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + scores[i] + " is not finite");
            }
        }
    }
}
