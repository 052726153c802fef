package org.avrs.recommend.algo;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;

class AlsTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new Als(Als.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true;
    }
}
