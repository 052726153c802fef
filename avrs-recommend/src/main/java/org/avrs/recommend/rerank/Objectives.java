package org.avrs.recommend.rerank;

import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.avrs.recommend.ScoredVideo;

/**
 * What a re-ranker trades off for one candidate pool: each candidate's relevance rescaled to [0, 1]
 * (min–max over the pool; all 1 when the pool's scores are equal), a similarity between two videos in
 * [0, 1], and each video's novelty −log2 p(i) in bits (p its popularity share, Zhou et al. 2010).
 */
public final class Objectives {

    /** Similarity of two videos by external id, in [0, 1]. */
    @FunctionalInterface
    public interface Similarity {
        double between(long a, long b);
    }

    final long[] ids;
    final double[] relevance;
    final double[] novelty;
    private final Similarity similarity;
    private final double[][] sim;

    /**
     * @param candidates the pool, best first
     * @param similarity video similarity in [0, 1]
     * @param popularity each video's popularity share in (0, 1]
     */
    public Objectives(List<ScoredVideo> candidates, Similarity similarity, LongToDoubleFunction popularity) {
        int n = candidates.size();
        ids = new long[n];
        relevance = new double[n];
        novelty = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ids[i] = candidates.get(i).videoId();
            lo = Math.min(lo, candidates.get(i).score());
            hi = Math.max(hi, candidates.get(i).score());
        }
        for (int i = 0; i < n; i++) {
            relevance[i] = hi > lo ? (candidates.get(i).score() - lo) / (hi - lo) : 1;
            double p = popularity.applyAsDouble(ids[i]);
            if (!(p > 0 && p <= 1)) {
                throw new IllegalArgumentException("popularity of video " + ids[i] + " is " + p + ", must be in (0, 1]");
            }
            novelty[i] = -Math.log(p) / Math.log(2);
        }
        this.similarity = similarity;
        this.sim = new double[n][];
    }

    int size() {
        return ids.length;
    }

    /** Similarity of pool members a and b (cached). */
    double similarity(int a, int b) {
        if (a == b) {
            return 1;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        if (sim[lo] == null) {
            sim[lo] = new double[ids.length];
            java.util.Arrays.fill(sim[lo], Double.NaN);
        }
        if (Double.isNaN(sim[lo][hi])) {
            sim[lo][hi] = similarity.between(ids[lo], ids[hi]);
        }
        return sim[lo][hi];
    }

    /** Accuracy of a list: Σ relevance / log2(rank + 1), normalised by the same sum of an all-1 list. */
    double accuracy(int[] list) {
        double s = 0;
        double ideal = 0;
        for (int r = 0; r < list.length; r++) {
            double d = 1 / (Math.log(r + 2) / Math.log(2));
            s += relevance[list[r]] * d;
            ideal += d;
        }
        return list.length == 0 ? 0 : s / ideal;
    }

    /** Intra-list diversity: mean 1 − similarity over pairs (0 for fewer than two). */
    double diversity(int[] list) {
        if (list.length < 2) {
            return 0;
        }
        double s = 0;
        for (int a = 0; a < list.length; a++) {
            for (int b = a + 1; b < list.length; b++) {
                s += 1 - similarity(list[a], list[b]);
            }
        }
        return s / (list.length * (list.length - 1) / 2.0);
    }

    /** Mean novelty in bits. */
    double novelty(int[] list) {
        double s = 0;
        for (int i : list) {
            s += novelty[i];
        }
        return list.length == 0 ? 0 : s / list.length;
    }

    List<ScoredVideo> toList(int[] list, double[] scores) {
        List<ScoredVideo> out = new java.util.ArrayList<>(list.length);
        for (int r = 0; r < list.length; r++) {
            out.add(new ScoredVideo(ids[list[r]], scores[r]));
        }
        return out;
    }
}
