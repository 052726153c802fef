package org.avrs.recommend.eval;

import java.util.ArrayList;
import java.util.List;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.context.Camf;
import org.avrs.recommend.context.FactorizationMachine;
import org.avrs.recommend.context.ItemSplitting;
import org.avrs.recommend.context.PreFilter;
import org.avrs.recommend.data.TrainTest;

/**
 * Compares each context-aware algorithm with its context-free counterpart on one split of a
 * context-annotated (CoMoDa-format) log, as the CoMoDa target asks: CAMF-C, -CI, -CU and exact
 * and generalised pre-filtering and item splitting, each against biased MF, and the factorization machine with context
 * features against the same machine without them, on RMSE and nDCG@k, with the per-viewer
 * paired difference and its paired t-test.
 *
 * @param results every algorithm's evaluation, counterpart first
 * @param comparisons per context-aware algorithm: RMSE then nDCG@k, a = context-aware, b = counterpart
 */
public record ContextStudy(List<EvalResult> results, List<Comparison> comparisons) {

    /** A context-aware algorithm and its context-free counterpart. */
    public record Pair(Recommender contextAware, Recommender counterpart) {
    }

    /** The pairs studied, with default settings. */
    public static List<Pair> pairs() {
        Recommender mf = new Camf(Camf.Config.biasedMf());
        FactorizationMachine.Config fm = FactorizationMachine.Config.defaults();
        return List.of(new Pair(new Camf(Camf.Config.defaults().withVariant(Camf.Variant.C)), mf),
                new Pair(new Camf(Camf.Config.defaults().withVariant(Camf.Variant.CI)), mf),
                new Pair(new Camf(Camf.Config.defaults()), mf),
                new Pair(new PreFilter(new PreFilter.Config(PreFilter.Base.BIASEDMF, 200, false)), mf),
                new Pair(new PreFilter(PreFilter.Config.defaults()), mf),
                new Pair(new ItemSplitting(ItemSplitting.Config.defaults()), mf),
                new Pair(new FactorizationMachine(fm), new FactorizationMachine(new FactorizationMachine.Config(
                        fm.factors(), fm.epochs(), fm.learningRate(), fm.lambda(), false, fm.seed()))));
    }

    /** Runs the study. */
    public static ContextStudy run(TrainTest split, Evaluator evaluator) {
        java.util.Map<String, EvalResult> counterparts = new java.util.LinkedHashMap<>();
        List<EvalResult> results = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        String ndcg = org.avrs.core.metrics.RankingMetrics.label("nDCG", evaluator.config().k());
        for (Pair p : pairs()) {
            String key = p.counterpart().toString();
            EvalResult base = counterparts.get(key);
            if (base == null) {
                base = evaluator.evaluate(p.counterpart(), split);
                counterparts.put(key, base);
                results.add(base);
            }
            EvalResult e = evaluator.evaluate(p.contextAware(), split);
            results.add(e);
            comparisons.add(Comparison.of(e, base, "RMSE"));
            comparisons.add(Comparison.of(e, base, ndcg));
        }
        return new ContextStudy(results, comparisons);
    }
}
