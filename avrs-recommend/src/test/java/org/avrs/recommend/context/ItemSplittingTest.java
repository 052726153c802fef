package org.avrs.recommend.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.eval.Evaluator;
import org.avrs.recommend.eval.Splits;
import org.avrs.recommend.io.CoMoDaData;
import org.avrs.recommend.io.CoMoDaLike;
import org.junit.jupiter.api.Test;

class ItemSplittingTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new ItemSplitting(ItemSplitting.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true; // the biased-MF base: μ + b_i
    }

    @Test
    void splitsVideosOnlyWhenEmotionChangesTheirRatings() {
        CoMoDaData planted = CoMoDaLike.generate(new CoMoDaLike.Config(300, 60, 30, 2, 0.3, 5));
        CoMoDaData none = CoMoDaLike.generate(new CoMoDaLike.Config(300, 60, 30, 0, 0.3, 5));
        Model p = create().fit(planted.log());
        Model n = create().fit(none.log());
        System.out.println("split videos: planted " + ItemSplitting.splitCount(p) + ", none " + ItemSplitting.splitCount(n));
        assertThat(ItemSplitting.splitCount(p)).isGreaterThan(40);
        assertThat(ItemSplitting.splitCount(n)).isLessThan(15);
        TrainTest split = Splits.holdout(planted.log(), 0.2, 3);
        Evaluator ev = new Evaluator(new Evaluator.Config(10, 4));
        double base = ev.evaluate(new Camf(new Camf.Config(Camf.Variant.NONE, 32, 40, 0.007, 0.05, 0.01, 42)), split)
                .metric("RMSE");
        double its = ev.evaluate(create(), split).metric("RMSE");
        System.out.printf("biasedmf %.4f, itemsplit %.4f%n", base, its);
        assertThat(its).isLessThan(base);
    }
}
