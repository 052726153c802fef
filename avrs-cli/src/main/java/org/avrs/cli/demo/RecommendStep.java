package org.avrs.cli.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.avrs.core.Affect;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.engine.AffectiveRecommender;
import org.avrs.recommend.engine.Recommendation;
import org.avrs.recommend.io.MovieLens;
import org.avrs.recommend.io.MovieLensData;

/**
 * The demo's recommender half: the MovieLens catalog with lexicon affective profiles, an item-kNN
 * collaborative baseline fitted on all ratings, and mood re-ranking by the viewer's fused affect.
 */
final class RecommendStep {

    /**
     * @param catalogSize films in the catalog
     * @param profiled films with an affective profile
     * @param ratings ratings the baseline was fitted on
     * @param recommendations best first, each explained
     */
    record Result(int catalogSize, int profiled, int ratings, long user, String algorithm,
                  List<Recommendation> recommendations, AffectiveRecommender engine) {
    }

    private RecommendStep() {
    }

    static Result run(Path movielensDir, long user, Affect affect, MoodStrategy strategy, int k, PrintStream log) {
        MovieLensData ml = MovieLens.load(movielensDir);
        if (ml.log().viewers().indexOf(user) < 0) {
            throw new InvalidInputException(movielensDir.toString(), "user " + user,
                    "this MovieLens user has no ratings; pick one of the " + ml.log().viewers().size() + " who have");
        }
        ItemKnn knn = new ItemKnn(ItemKnn.Config.defaults());
        AffectiveRecommender engine = AffectiveRecommender.fit(ml.catalog(), ml.log(), knn);
        log.printf(Locale.ROOT, "recommend: %d films (%d with affective profiles), %d ratings; %s for user %d, %s%n",
                ml.catalog().size(), engine.profiles().size(), ml.log().size(), knn.name(), user,
                strategy.name().toLowerCase(Locale.ROOT));
        List<Recommendation> recs = engine.recommend(user, Context.of(affect, strategy), k);
        return new Result(ml.catalog().size(), engine.profiles().size(), ml.log().size(), user, knn.name(), recs,
                engine);
    }
}
