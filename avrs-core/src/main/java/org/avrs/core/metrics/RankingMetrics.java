package org.avrs.core.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongToDoubleFunction;

/**
 * Top-k ranking metrics for one ranked list against the items relevant to one user (average them over
 * users yourself), plus list-level beyond-accuracy metrics. Pure functions; items are {@code long} ids.
 *
 * <p>Conventions: ranks are 1-based; only the first k entries of a ranking count (a shorter ranking
 * counts as padded with non-relevant items); a ranking must not repeat an item. <b>Undefined cases
 * return NaN</b> and are documented per metric — chiefly a user with no relevant item, for whom recall,
 * nDCG, AP, reciprocal rank and hit rate are undefined (exclude such users before averaging, as the
 * usual protocols do). Precision with no relevant item is defined (0).
 *
 * <p>References: Järvelin and Kekäläinen, "Cumulated gain-based evaluation of IR techniques", ACM TOIS
 * 20(4):422–446, 2002, doi:10.1145/582415.582418 (nDCG); Manning, Raghavan and Schütze, <i>Introduction
 * to Information Retrieval</i>, 2008, ch. 8 (P, R, AP, MRR); Ziegler et al., "Improving recommendation
 * lists through topic diversification", WWW 2005, doi:10.1145/1060745.1060754 (intra-list diversity);
 * Zhou et al., "Solving the apparent diversity–accuracy dilemma of recommender systems", PNAS
 * 107(10):4511–4515, 2010, doi:10.1073/pnas.1000488107 (novelty as self-information).
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** A distance between two items for {@link #intraListDiversity}, e.g. 1 − cosine similarity. */
    @FunctionalInterface
    public interface Distance {
        double between(long a, long b);
    }

    /** Stable label of a metric at a cutoff, e.g. {@code label("nDCG", 10)} = "nDCG@10". */
    public static String label(String metric, int k) {
        return metric + "@" + k;
    }

    /**
     * Precision at k: |relevant ∩ top-k| / k (the divisor is k even when the ranking is shorter).
     * Defined (0) when nothing is relevant.
     */
    public static double precision(long[] ranked, Set<Long> relevant, int k) {
        checkK(k);
        return hits(ranked, relevant, k) / (double) k;
    }

    /** Recall at k: |relevant ∩ top-k| / |relevant|; NaN when nothing is relevant. */
    public static double recall(long[] ranked, Set<Long> relevant, int k) {
        checkK(k);
        return relevant.isEmpty() ? Double.NaN : hits(ranked, relevant, k) / (double) relevant.size();
    }

    /** Hit rate at k: 1 when a relevant item is in the top k, else 0; NaN when nothing is relevant. */
    public static double hitRate(long[] ranked, Set<Long> relevant, int k) {
        checkK(k);
        return relevant.isEmpty() ? Double.NaN : hits(ranked, relevant, k) > 0 ? 1 : 0;
    }

    /**
     * Reciprocal rank at k: 1 / (rank of the first relevant item) when it is within the top k, else 0;
     * NaN when nothing is relevant. Its mean over users is the MRR.
     */
    public static double reciprocalRank(long[] ranked, Set<Long> relevant, int k) {
        checkK(k);
        checkDistinct(ranked);
        if (relevant.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /**
     * Average precision at k: AP@k = (1 / min(k, |R|)) · Σ_{i ≤ k, item i relevant} P@i, R the relevant
     * set. <b>Normaliser:</b> min(k, |R|), the number of relevant items a perfect top-k could hold, so
     * that a perfect ranking scores 1 (as in the MAP@k of recommender toolkits, e.g. LensKit's and the
     * Kaggle/ml_metrics apk); trec_eval's AP divides by |R| instead and is not comparable for |R| &gt; k.
     * NaN when nothing is relevant. Its mean over users is MAP@k.
     */
    public static double averagePrecision(long[] ranked, Set<Long> relevant, int k) {
        checkK(k);
        checkDistinct(ranked);
        if (relevant.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                hits++;
                sum += hits / (double) (i + 1);
            }
        }
        return sum / Math.min(k, relevant.size());
    }

    /**
     * Binary nDCG at k: DCG@k / IDCG@k with DCG@k = Σ_{i ≤ k} rel_i / log2(i + 1) (rel_i ∈ {0, 1}) and
     * IDCG@k = Σ_{i ≤ min(k, |R|)} 1 / log2(i + 1), the DCG of a perfect ranking. NaN when nothing is
     * relevant. Equals sklearn.metrics.ndcg_score with binary gains (no ties).
     */
    public static double ndcg(long[] ranked, Set<Long> relevant, int k) {
        checkK(k);
        checkDistinct(ranked);
        if (relevant.isEmpty()) {
            return Double.NaN;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                dcg += discount(i);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += discount(i);
        }
        return dcg / ideal;
    }

    /**
     * Graded nDCG at k with linear gains: DCG@k = Σ_{i ≤ k} g_i / log2(i + 1), g_i the gain of the item
     * at rank i (0 for items without a gain), over IDCG@k, the DCG of the items sorted by gain. The same
     * as sklearn.metrics.ndcg_score (linear gain, log2 discount; no ties in the ranking). NaN when no
     * item has a positive gain.
     *
     * @param gains each relevant item's gain, ≥ 0 and finite
     * @throws IllegalArgumentException for a negative or non-finite gain
     */
    public static double ndcg(long[] ranked, Map<Long, Double> gains, int k) {
        checkK(k);
        checkDistinct(ranked);
        double[] sorted = new double[gains.size()];
        int n = 0;
        for (Map.Entry<Long, Double> e : gains.entrySet()) {
            double g = e.getValue();
            if (!(g >= 0) || Double.isInfinite(g)) {
                throw new IllegalArgumentException("gain of item " + e.getKey() + " is " + g + ", must be >= 0 and finite");
            }
            sorted[n++] = g;
        }
        Arrays.sort(sorted);
        double ideal = 0;
        for (int i = 0; i < Math.min(k, sorted.length); i++) {
            ideal += sorted[sorted.length - 1 - i] * discount(i);
        }
        if (!(ideal > 0)) {
            return Double.NaN;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            dcg += gains.getOrDefault(ranked[i], 0.0) * discount(i);
        }
        return dcg / ideal;
    }

    /**
     * Item coverage: the share of the catalog that appears in at least one list, |∪ lists| / catalogSize
     * (items outside the catalog are counted too; pass lists from the catalog). NaN for an empty catalog.
     */
    public static double itemCoverage(long[][] lists, int catalogSize) {
        if (catalogSize < 0) {
            throw new IllegalArgumentException("catalogSize " + catalogSize + " must be >= 0");
        }
        if (catalogSize == 0) {
            return Double.NaN;
        }
        Set<Long> seen = new HashSet<>();
        for (long[] list : lists) {
            for (long item : list) {
                seen.add(item);
            }
        }
        return seen.size() / (double) catalogSize;
    }

    /**
     * Intra-list diversity: the mean distance over the n(n−1)/2 unordered pairs of a list,
     * ILD = (2 / (n(n−1))) Σ_{i&lt;j} d(item_i, item_j). NaN for a list of fewer than two items.
     */
    public static double intraListDiversity(long[] list, Distance distance) {
        checkDistinct(list);
        if (list.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < list.length; i++) {
            for (int j = i + 1; j < list.length; j++) {
                sum += distance.between(list[i], list[j]);
            }
        }
        return sum / (list.length * (list.length - 1) / 2.0);
    }

    /**
     * Novelty: the mean self-information of the list's items, (1 / n) Σ −log2 p(i), in bits, with p(i)
     * the popularity of item i as the share of users who interacted with it in training (Zhou et al.
     * 2010). An item seen by every user has novelty 0; one seen by 1 user in 1,024 has 10 bits. NaN for
     * an empty list.
     *
     * @param popularity p(i) in (0, 1] for every listed item
     * @throws IllegalArgumentException for a popularity outside (0, 1] (an item nobody saw has no
     *     defined self-information; smooth it, e.g. (count + 1) / (users + 1), before calling)
     */
    public static double novelty(long[] list, LongToDoubleFunction popularity) {
        if (list.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (long item : list) {
            double p = popularity.applyAsDouble(item);
            if (!(p > 0 && p <= 1)) {
                throw new IllegalArgumentException("popularity of item " + item + " is " + p + ", must be in (0, 1]");
            }
            sum -= Math.log(p) / Math.log(2);
        }
        return sum / list.length;
    }

    /** Gains as a map from parallel arrays (a convenience for callers holding columns). */
    public static Map<Long, Double> gains(long[] items, double[] gains) {
        if (items.length != gains.length) {
            throw new IllegalArgumentException(items.length + " items but " + gains.length + " gains");
        }
        Map<Long, Double> m = new HashMap<>(items.length * 2);
        for (int i = 0; i < items.length; i++) {
            if (m.put(items[i], gains[i]) != null) {
                throw new IllegalArgumentException("item " + items[i] + " has two gains");
            }
        }
        return m;
    }

    private static double discount(int zeroBasedRank) {
        return 1 / (Math.log(zeroBasedRank + 2) / Math.log(2));
    }

    private static int hits(long[] ranked, Set<Long> relevant, int k) {
        checkDistinct(ranked);
        int h = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (relevant.contains(ranked[i])) {
                h++;
            }
        }
        return h;
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k + " must be >= 1");
        }
    }

    private static void checkDistinct(long[] ranked) {
        if (ranked.length > 1) {
            long[] copy = ranked.clone();
            Arrays.sort(copy);
            for (int i = 1; i < copy.length; i++) {
                if (copy[i] == copy[i - 1]) {
                    throw new IllegalArgumentException("ranking repeats item " + copy[i]);
                }
            }
        }
    }
}
