package org.avrs.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.recommend.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.Samples;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.io.MovieLens;
import org.avrs.recommend.io.MovieLensData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo path on the real MovieLens sample: strategies move the list's affect the way they promise. */
class AffectiveRecommenderTest {

    private static MovieLensData ml;
    private static AffectiveRecommender engine;
    private static final Affect SAD = Affect.ofDistribution(EmotionSet.EKMAN_NEUTRAL,
            new double[] {0.05, 0.03, 0.1, 0.05, 0.62, 0.05, 0.1}, 0.9);

    @BeforeAll
    static void fit() {
        ml = MovieLens.load(Samples.movieLens());
        engine = AffectiveRecommender.fit(ml.catalog(), ml.log(), new ItemKnn(ItemKnn.Config.defaults()));
    }

    private double meanValence(List<Recommendation> recs) {
        return recs.stream().mapToDouble(r -> engine.profiles().of(r.videoId()).orElseThrow().valence()).average()
                .orElseThrow();
    }

    @Test
    void regulatingLiftsAndCongruentMatchesASadViewer() {
        double none = 0;
        double lift = 0;
        double match = 0;
        int[] viewers = {1, 68, 414, 599, 288};
        for (long viewer : viewers) {
            none += meanValence(engine.recommend(viewer, Context.of(SAD, MoodStrategy.NONE), 10));
            lift += meanValence(engine.recommend(viewer, Context.of(SAD, MoodStrategy.REGULATE), 10));
            match += meanValence(engine.recommend(viewer, Context.of(SAD, MoodStrategy.CONGRUENT), 10));
        }
        assertThat(lift).isGreaterThan(none);
        assertThat(match).isLessThan(none);
    }

    @Test
    void explanationsNameTheAffectTheProfileAndAVideoTheViewerLiked() {
        List<Recommendation> recs = engine.recommend(414, Context.of(SAD, MoodStrategy.REGULATE), 10);
        assertThat(recs).hasSize(10);
        for (Recommendation r : recs) {
            System.out.println(r.title() + " — " + r.explanation());
            assertThat(r.explanation()).startsWith("you seem sad (62%): ").contains("to lift your mood")
                    .containsPattern("\\(valence [+-]\\d\\.\\d\\)").contains("you rated");
        }
    }

    @Test
    void coldStartViewerGetsPopularVideosReRankedByAffect() {
        Affect afraid = Affect.ofLabel(EmotionSet.EKMAN_NEUTRAL, "fear");
        List<Recommendation> recs = engine.recommend(-1, Context.of(afraid, MoodStrategy.REGULATE), 5);
        assertThat(recs).hasSize(5);
        assertThat(recs.get(0).explanation()).contains("you seem afraid (100%)").contains("to calm you down")
                .contains("viewers watched it");
        List<Recommendation> plain = engine.recommend(-1, Context.none(), 5);
        assertThat(plain.get(0).explanation()).doesNotContain("you seem");
    }
}
