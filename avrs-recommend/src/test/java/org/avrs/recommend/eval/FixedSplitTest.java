package org.avrs.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.avrs.recommend.Samples;
import org.avrs.recommend.context.Camf;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.algo.Popularity;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.io.MovieLens;
import org.junit.jupiter.api.Test;

/**
 * The shared split-seed42 of ml-latest-small under its README's protocol. Checks the harness against
 * the README's own figures for the two algorithms whose definition leaves no freedom (popularity
 * nDCG@10 0.149, 604 evaluated users) and that item-kNN beats popularity; prints the table.
 */
class FixedSplitTest {

    @Test
    void popularityAndItemKnnOnTheFixedSplit() {
        TrainTest split = MovieLens.loadSplit(Samples.movieLensSplit());
        Evaluator evaluator = new Evaluator(Evaluator.Config.defaults());
        EvalResult pop = evaluator.evaluate(new Popularity(Popularity.Config.defaults()), split);
        EvalResult knn = evaluator.evaluate(new ItemKnn(ItemKnn.Config.defaults()), split);
        EvalResult mf = evaluator.evaluate(new Camf(new Camf.Config(Camf.Variant.NONE, 8, 3, 0.01, 0.05, 0.01, 1)), split);
        System.out.println(Report.table(List.of(pop, knn, mf)));
        assertThat(pop.metric("viewers")).isEqualTo(604);
        assertThat(pop.metric("nDCG@10")).isCloseTo(0.149, org.assertj.core.data.Offset.offset(0.0015));
        assertThat(knn.metric("nDCG@10")).isGreaterThan(pop.metric("nDCG@10"));
        // README: RMSE over the 19,372 test rows whose user and film are in train
        assertThat(mf.metric("ratingRows")).isEqualTo(19_372);
        assertThat(pop.metric("RMSE")).as("popularity predicts no ratings").isNaN();
    }
}
