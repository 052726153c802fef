package org.avrs.recommend.algo;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;

class BprTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new Bpr(Bpr.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return false;
    }
}
