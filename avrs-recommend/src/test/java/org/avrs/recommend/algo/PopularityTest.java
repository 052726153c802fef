package org.avrs.recommend.algo;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.data.InteractionLog;
import org.junit.jupiter.api.Test;

class PopularityTest extends RecommenderContract {

    @Override
    protected Recommender create() {
        return new Popularity(Popularity.Config.defaults());
    }

    @Override
    protected boolean scoresUnknownViewers() {
        return true;
    }

    @Override
    protected double minimumGroupShare() {
        return 0; // popularity ignores taste by design
    }

    @Test
    void ranksByCountWithTiesToTheLowerId() {
        InteractionLog log = InteractionLog.builder().add(1, 30, 5, 0).add(2, 30, 5, 0).add(1, 20, 1, 0)
                .add(3, 10, 1, 0).add(3, 40, 1, 0).build();
        Model m = create().fit(log);
        assertThat(m.recommend(99, Context.none(), 3)).extracting(s -> s.videoId()).containsExactly(30L, 10L, 20L);
        Model liked = new Popularity(new Popularity.Config(4)).fit(log);
        assertThat(liked.predict(99, 30, Context.none())).isEqualTo(2);
        assertThat(liked.predict(99, 20, Context.none())).isZero();
    }
}
