package org.avrs.recommend.algo;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;

class UserKnnTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new UserKnn(UserKnn.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return false;
    }
}
