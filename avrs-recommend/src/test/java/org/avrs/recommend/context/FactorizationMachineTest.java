package org.avrs.recommend.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.eval.Evaluator;
import org.avrs.recommend.eval.Splits;
import org.avrs.recommend.io.CoMoDaData;
import org.avrs.recommend.io.CoMoDaLike;
import org.junit.jupiter.api.Test;

class FactorizationMachineTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new FactorizationMachine(FactorizationMachine.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true; // w_0 + video and context terms
    }

    @Test
    void contextFeaturesHelpWhenEmotionMatters() {
        CoMoDaData planted = CoMoDaLike.generate(new CoMoDaLike.Config(150, 200, 40, 1.5, 0.4, 5));
        TrainTest split = Splits.holdout(planted.log(), 0.2, 3);
        Evaluator ev = new Evaluator(new Evaluator.Config(10, 4));
        double free = ev.evaluate(new FactorizationMachine(new FactorizationMachine.Config(8, 30, 0.01, 0.02, false, 1)),
                split).metric("RMSE");
        double ctx = ev.evaluate(new FactorizationMachine(new FactorizationMachine.Config(8, 30, 0.01, 0.02, true, 1)),
                split).metric("RMSE");
        System.out.printf("fm %.4f, fm-context %.4f%n", free, ctx);
        assertThat(ctx).isLessThan(free - 0.02);
    }
}
