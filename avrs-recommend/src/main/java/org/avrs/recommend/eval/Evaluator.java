package org.avrs.recommend.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrs.core.metrics.RankingMetrics;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.ScoredVideo;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;
import org.avrs.recommend.data.TrainTest;

/**
 * Runs fitted recommenders on a train/test split from outside and measures them (no algorithm
 * computes a metric). The protocol is the one of the shared split-seed42 README:
 * <ul>
 *   <li><b>Ranking:</b> a test interaction is relevant when its value ≥ {@code relevanceThreshold};
 *       for every viewer with at least one relevant test video, the model ranks all videos that have
 *       training interactions except those the viewer saw in training (context: the viewer's latest
 *       test interaction's); P, R, nDCG (binary), MAP (AP normalised by min(k, |R|)), MRR, hit rate
 *       at k are averaged over those viewers ({@link RankingMetrics}).</li>
 *   <li><b>Beyond accuracy:</b> item coverage@k over the videos with training interactions;
 *       intra-list diversity with distance 1 − cosine of the two videos' training viewer sets; novelty
 *       with p(i) = training viewers of i / viewers with training history.</li>
 *   <li><b>Rating error</b> (models that predict ratings): RMSE and MAE over test rows whose viewer and
 *       video both have training interactions, each predicted in its own context; per viewer too
 *       (over the viewers of the ranking metrics) for paired tests.</li>
 * </ul>
 */
public final class Evaluator {

    /**
     * @param k the cutoff, ≥ 1
     * @param relevanceThreshold the smallest relevant test value (finite)
     */
    public record Config(int k, double relevanceThreshold) {
        public Config {
            if (k < 1) {
                throw new IllegalArgumentException("k " + k + " must be >= 1");
            }
            if (!Double.isFinite(relevanceThreshold)) {
                throw new IllegalArgumentException("relevanceThreshold " + relevanceThreshold + " must be finite");
            }
        }

        /** k = 10, relevant when rating ≥ 4 (split-seed42's protocol). */
        public static Config defaults() {
            return new Config(10, 4);
        }
    }

    private final Config config;

    public Evaluator(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /** Fits an algorithm on the training part (timed) and evaluates it on the test part. */
    public EvalResult evaluate(Recommender algorithm, TrainTest split) {
        long t0 = System.nanoTime();
        Model model = algorithm.fit(split.train());
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        return evaluate(model, split, fitSeconds);
    }

    /** Evaluates a fitted model (fitted on {@code split.train()}). */
    public EvalResult evaluate(Model model, TrainTest split, double fitSeconds) {
        InteractionLog train = split.train();
        InteractionLog test = split.test();
        int k = config.k();
        String[] names = {"P", "R", "nDCG", "MAP", "MRR", "HR", "ILD", "Novelty"};
        Map<String, List<Double>> per = new LinkedHashMap<>();
        for (String n : names) {
            per.put(RankingMetrics.label(n, k), new ArrayList<>());
        }
        SparseRows trainByVideo = train.byVideo();
        int viewersWithHistory = 0;
        for (int u = 0; u < train.viewers().size(); u++) {
            viewersWithHistory += train.byViewer().count(u) > 0 ? 1 : 0;
        }
        int trainedVideos = 0;
        for (int i = 0; i < train.videos().size(); i++) {
            trainedVideos += trainByVideo.count(i) > 0 ? 1 : 0;
        }
        final int users = Math.max(1, viewersWithHistory);
        SparseRows testByViewer = test.byViewer();
        List<Long> evaluated = new ArrayList<>();
        List<long[]> lists = new ArrayList<>();
        for (int u = 0; u < testByViewer.size(); u++) {
            Set<Long> relevant = new HashSet<>();
            int latest = -1;
            for (int p = testByViewer.start(u); p < testByViewer.end(u); p++) {
                int row = testByViewer.logRow(p);
                if (test.value(row) >= config.relevanceThreshold()) {
                    relevant.add(test.videos().id(test.video(row)));
                }
                if (latest < 0 || test.time(row) > test.time(latest)) {
                    latest = row;
                }
            }
            if (relevant.isEmpty()) {
                continue;
            }
            long viewerId = test.viewers().id(u);
            List<ScoredVideo> recs = model.recommend(viewerId, test.context(latest), k);
            long[] ranked = recs.stream().mapToLong(ScoredVideo::videoId).toArray();
            evaluated.add(viewerId);
            lists.add(ranked);
            per.get(RankingMetrics.label("P", k)).add(RankingMetrics.precision(ranked, relevant, k));
            per.get(RankingMetrics.label("R", k)).add(RankingMetrics.recall(ranked, relevant, k));
            per.get(RankingMetrics.label("nDCG", k)).add(RankingMetrics.ndcg(ranked, relevant, k));
            per.get(RankingMetrics.label("MAP", k)).add(RankingMetrics.averagePrecision(ranked, relevant, k));
            per.get(RankingMetrics.label("MRR", k)).add(RankingMetrics.reciprocalRank(ranked, relevant, k));
            per.get(RankingMetrics.label("HR", k)).add(RankingMetrics.hitRate(ranked, relevant, k));
            per.get(RankingMetrics.label("ILD", k)).add(RankingMetrics.intraListDiversity(ranked,
                    (a, b) -> 1 - trainByVideo.cosine(train.videos().indexOf(a), train.videos().indexOf(b))));
            per.get(RankingMetrics.label("Novelty", k)).add(RankingMetrics.novelty(ranked,
                    id -> trainByVideo.count(train.videos().indexOf(id)) / (double) users));
        }
        Map<String, Double> means = new LinkedHashMap<>();
        Map<String, double[]> perViewer = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : per.entrySet()) {
            double[] values = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            perViewer.put(e.getKey(), values);
            means.put(e.getKey(), nanMean(values));
        }
        means.put(RankingMetrics.label("Coverage", k), RankingMetrics.itemCoverage(lists.toArray(new long[0][]),
                trainedVideos));
        means.put("viewers", (double) evaluated.size());
        if (model.predictsRatings()) {
            double[] perViewerRmse = addRatingErrors(model, train, test, means);
            double[] aligned = new double[evaluated.size()];
            for (int v = 0; v < aligned.length; v++) {
                aligned[v] = perViewerRmse[test.viewers().indexOf(evaluated.get(v))];
            }
            perViewer.put("RMSE", aligned);
        }
        return new EvalResult(model.algorithm(), ConfigJson.write(model.config()), fitSeconds, means, perViewer,
                evaluated.stream().mapToLong(Long::longValue).toArray());
    }

    /** Adds RMSE, MAE and their row count to {@code out}; returns each viewer's RMSE (NaN without rows). */
    private static double[] addRatingErrors(Model model, InteractionLog train, InteractionLog test, Map<String, Double> out) {
        double se = 0;
        double ae = 0;
        int n = 0;
        double[] viewerSe = new double[test.viewers().size()];
        int[] viewerN = new int[viewerSe.length];
        for (int r = 0; r < test.size(); r++) {
            int u = test.viewer(r);
            int i = test.video(r);
            if (train.byViewer().count(u) == 0 || train.byVideo().count(i) == 0) {
                continue;
            }
            double predicted = model.score(u, i, test.context(r));
            if (Double.isNaN(predicted)) {
                continue;
            }
            double e = predicted - test.value(r);
            se += e * e;
            ae += Math.abs(e);
            n++;
            viewerSe[u] += e * e;
            viewerN[u]++;
        }
        out.put("RMSE", n == 0 ? Double.NaN : Math.sqrt(se / n));
        out.put("MAE", n == 0 ? Double.NaN : ae / n);
        out.put("ratingRows", (double) n);
        double[] rmse = new double[viewerSe.length];
        for (int u = 0; u < rmse.length; u++) {
            rmse[u] = viewerN[u] == 0 ? Double.NaN : Math.sqrt(viewerSe[u] / viewerN[u]);
        }
        return rmse;
    }

    private static double nanMean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
