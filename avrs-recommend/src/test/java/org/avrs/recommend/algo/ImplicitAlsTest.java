package org.avrs.recommend.algo;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;

class ImplicitAlsTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new ImplicitAls(ImplicitAls.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return false;
    }
}
