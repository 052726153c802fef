package org.avrs.recommend.algo;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.data.InteractionLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ItemKnnTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new ItemKnn(ItemKnn.Config.defaults());
    }

    @Test
    void implicitScoreIsTheSumOfCosinesToTheHistory() {
        // a=10 by viewers 1,2,3; b=20 by 1,2,4; c=30 by 3: cos(a,b) = 2/sqrt(3*3), cos(b,c) = 0
        InteractionLog log = InteractionLog.builder().add(1, 10, 1, 0).add(1, 20, 1, 0).add(2, 10, 1, 0)
                .add(2, 20, 1, 0).add(3, 10, 1, 0).add(3, 30, 1, 0).add(4, 20, 1, 0).build();
        Model m = create().fit(log);
        // viewer 4 has b only: score(a) = cos(b,a) = 2/3, score(c) = 0
        assertThat(m.predict(4, 10, Context.none())).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.predict(4, 30, Context.none())).isZero();
        assertThat(m.recommend(4, Context.none(), 1)).extracting(s -> s.videoId()).containsExactly(10L);
    }

    @Nested
    class Explicit extends RecommenderContract {
        @Override
        protected Recommender create() {
            return new ItemKnn(ItemKnn.Config.explicitDefaults());
        }

        @Override
        protected boolean scoresUnknownViewers() {
            return true; // the bias baseline
        }
    }
}
