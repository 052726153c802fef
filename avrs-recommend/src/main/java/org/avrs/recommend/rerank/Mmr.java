package org.avrs.recommend.rerank;

import java.util.List;
import org.avrs.recommend.ScoredVideo;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, SIGIR 1998, doi:10.1145/290941.291025): builds
 * the list greedily, each time taking the candidate maximising λ·rel(i) − (1 − λ)·max_{j chosen} sim(i, j),
 * rel the pool-normalised relevance of {@link Objectives}. λ = 1 keeps the original order; smaller λ
 * buys diversity with relevance. The returned scores are the MMR values at selection.
 */
public final class Mmr {

    private final double lambda;

    /** @param lambda λ in [0, 1] */
    public Mmr(double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda " + lambda + " must be in [0, 1]");
        }
        this.lambda = lambda;
    }

    /** The k re-ranked videos (fewer if the pool is smaller). */
    public List<ScoredVideo> rerank(Objectives pool, int k) {
        int n = pool.size();
        int m = Math.min(k, n);
        int[] list = new int[m];
        double[] scores = new double[m];
        boolean[] taken = new boolean[n];
        double[] maxSim = new double[n];
        for (int r = 0; r < m; r++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i]) {
                    continue;
                }
                double v = lambda * pool.relevance[i] - (1 - lambda) * (r == 0 ? 0 : maxSim[i]);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            taken[best] = true;
            list[r] = best;
            scores[r] = bestValue;
            for (int i = 0; i < n; i++) {
                if (!taken[i]) {
                    maxSim[i] = Math.max(maxSim[i], pool.similarity(i, best));
                }
            }
        }
        return pool.toList(list, scores);
    }
}
