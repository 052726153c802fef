package org.avrs.recommend.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evaluation of one algorithm on one split: metric means by stable label ("nDCG@10", "RMSE", …),
 * the per-viewer values of the ranking metrics (aligned with {@code viewerIds}, NaN where undefined) for
 * significance tests, and the fit time.
 *
 * @param algorithm the algorithm name
 * @param config its configuration as JSON
 * @param fitSeconds wall-clock seconds of {@code fit}
 * @param metrics mean of each metric (ranking metrics over viewers with ≥ 1 relevant test item)
 * @param perViewer per-viewer values of each ranking metric
 * @param viewerIds the evaluated viewers, in the order of the per-viewer arrays
 */
public record EvalResult(String algorithm, String config, double fitSeconds, Map<String, Double> metrics,
        Map<String, double[]> perViewer, long[] viewerIds) {

    public EvalResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        perViewer = Collections.unmodifiableMap(new LinkedHashMap<>(perViewer));
        viewerIds = viewerIds.clone();
    }

    /** A metric's mean, NaN when it was not computed. */
    public double metric(String label) {
        return metrics.getOrDefault(label, Double.NaN);
    }
}
