package org.avrs.recommend.context;

import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.junit.jupiter.api.Nested;

class CamfTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new Camf(Camf.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true; // μ + b_i
    }

    @Nested
    class BiasedMf extends RecommenderContract {
        @Override
        protected Recommender create() {
            return new Camf(Camf.Config.biasedMf());
        }

        @Override
        protected boolean scoresUnknownViewers() {
            return true;
        }
    }

    @Nested
    class ContextBiasPerVideo extends RecommenderContract {
        @Override
        protected Recommender create() {
            return new Camf(Camf.Config.defaults().withVariant(Camf.Variant.CI));
        }

        @Override
        protected boolean scoresUnknownViewers() {
            return true;
        }
    }
}
