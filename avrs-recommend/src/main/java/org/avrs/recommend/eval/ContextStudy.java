package org.avrs.recommend.eval;

import java.util.ArrayList;
import java.util.List;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.context.Camf;
import org.avrs.recommend.context.PreFilter;
import org.avrs.recommend.data.TrainTest;

/**
 * Compares each context-aware algorithm with its context-free counterpart on one split of a
 * context-annotated (CoMoDa-format) log, as the CoMoDa target asks: CAMF-C, -CI, -CU and exact
 * and generalised pre-filtering, each against biased MF, on RMSE and nDCG@k, with the per-viewer
 * paired difference and, when a {@link PairedTest} is given, its significance.
 *
 * @param results every algorithm's evaluation, counterpart first
 * @param comparisons per context-aware algorithm: RMSE then nDCG@k, a = context-aware, b = counterpart
 */
public record ContextStudy(List<EvalResult> results, List<Comparison> comparisons) {

    /** The context-aware algorithms studied, with default settings, and their counterpart. */
    public static List<Recommender> contextAware() {
        return List.of(new Camf(Camf.Config.defaults().withVariant(Camf.Variant.C)),
                new Camf(Camf.Config.defaults().withVariant(Camf.Variant.CI)),
                new Camf(Camf.Config.defaults()),
                new PreFilter(new PreFilter.Config(PreFilter.Base.BIASEDMF, 200, false)),
                new PreFilter(PreFilter.Config.defaults()));
    }

    /** Runs the study. @param test the paired test, or null for differences alone */
    public static ContextStudy run(TrainTest split, Evaluator evaluator, PairedTest test) {
        EvalResult base = evaluator.evaluate(new Camf(Camf.Config.biasedMf()), split);
        List<EvalResult> results = new ArrayList<>(List.of(base));
        List<Comparison> comparisons = new ArrayList<>();
        String ndcg = org.avrs.core.metrics.RankingMetrics.label("nDCG", evaluator.config().k());
        for (Recommender r : contextAware()) {
            EvalResult e = evaluator.evaluate(r, split);
            results.add(e);
            comparisons.add(Comparison.of(e, base, "RMSE", test));
            comparisons.add(Comparison.of(e, base, ndcg, test));
        }
        return new ContextStudy(results, comparisons);
    }
}
