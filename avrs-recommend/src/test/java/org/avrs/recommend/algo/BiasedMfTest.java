package org.avrs.recommend.algo;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;

class BiasedMfTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new BiasedMf(BiasedMf.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true;
    }
}
