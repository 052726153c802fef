package org.avrs.bench.recommend;

import java.util.SplittableRandom;
import org.avrs.recommend.data.InteractionLog;

/**
 * Seeded synthetic rating logs of a given size for speed and memory runs: viewers drawn uniformly,
 * videos from a Zipf-like popularity (p_i ∝ 1/(i+10)^0.9, so a few videos are very popular, as in
 * MovieLens), ratings 1–5 in half stars, one second apart; when there are at least twice as many rows as
 * videos, the first rows give every video one rating so that the catalog is complete. Repeated (viewer, video) pairs are allowed;
 * the log is for timing, not for accuracy.
 */
final class SyntheticRatings {

    private SyntheticRatings() {
    }

    static InteractionLog generate(int viewers, int videos, long rows, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] cdf = new double[videos];
        double sum = 0;
        for (int i = 0; i < videos; i++) {
            sum += 1 / Math.pow(i + 10, 0.9);
            cdf[i] = sum;
        }
        InteractionLog.Builder b = InteractionLog.builder();
        for (int v = 0; v < viewers; v++) {
            b.addViewer(v + 1); // every viewer exists even if drawn rarely
        }
        for (long r = 0; r < rows; r++) {
            int viewer = rnd.nextInt(viewers);
            if (r < videos && rows >= 2L * videos) { // every video once first, so the catalog is complete
                b.add(viewer + 1, r + 1, 1 + rnd.nextInt(9) * 0.5, 1_500_000_000L + r);
                continue;
            }
            int pos = java.util.Arrays.binarySearch(cdf, rnd.nextDouble() * sum);
            int video = pos >= 0 ? pos : Math.min(videos - 1, -pos - 1);
            b.add(viewer + 1, video + 1, 1 + rnd.nextInt(9) * 0.5, 1_500_000_000L + r);
        }
        return b.build();
    }
}
