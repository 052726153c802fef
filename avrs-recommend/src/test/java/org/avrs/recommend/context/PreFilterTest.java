package org.avrs.recommend.context;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;

class PreFilterTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new PreFilter(PreFilter.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true; // the biased-MF base scores μ + b_i
    }
}
