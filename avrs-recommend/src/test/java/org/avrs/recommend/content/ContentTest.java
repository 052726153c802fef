package org.avrs.recommend.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.ScoredVideo;
import org.avrs.recommend.SyntheticLogs;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.algo.ItemKnn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Affect-space neighbours and hybrids on the planted log, whose three taste groups get three distinct affect profiles. */
class ContentTest {

    static final Vad[] GROUP_VAD = {new Vad(0.7, 0.4, 0.3), new Vad(-0.6, 0.7, -0.4), new Vad(-0.2, -0.1, -0.1)};

    /** Profiles for the planted log's videos, plus one new video (id 99) nobody watched, happy-looking. */
    static VideoProfiles profiles() {
        Map<Long, Affect> m = new HashMap<>();
        for (int i = 0; i < RecommenderContract.logForTests().videos().size(); i++) {
            long id = RecommenderContract.logForTests().videos().id(i);
            Vad v = GROUP_VAD[SyntheticLogs.groupOfVideo(id, 3)];
            m.put(id, Affect.ofVad(v, 0.5));
        }
        m.put(99L, Affect.ofVad(new Vad(0.75, 0.45, 0.3), 0.5));
        return new VideoProfiles(m, "test");
    }

    @Nested
    class AffectNeighborsContract extends RecommenderContract {
        @Override
        protected Recommender create() {
            return new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles());
        }
    }

    @Nested
    class SwitchingContract extends RecommenderContract {
        @Override
        protected Recommender create() {
            return new Hybrid(Hybrid.Config.defaults(), new ItemKnn(ItemKnn.Config.defaults()),
                    new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles()));
        }
    }

    @Nested
    class WeightedContract extends RecommenderContract {
        @Override
        protected Recommender create() {
            return new Hybrid(new Hybrid.Config(Hybrid.Mode.WEIGHTED, 0.3), new ItemKnn(ItemKnn.Config.defaults()),
                    new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles()));
        }
    }

    @Test
    void coldStartViewerWithAMeasuredAffectGetsVideosNearTheTarget() {
        Model m = new Hybrid(Hybrid.Config.defaults(), new ItemKnn(ItemKnn.Config.defaults()),
                new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles())).fit(RecommenderContract.logForTests());
        Affect sad = Affect.ofLabel(EmotionSet.EKMAN_NEUTRAL, "sadness");
        List<ScoredVideo> lift = m.recommend(-1, Context.of(sad, MoodStrategy.REGULATE), 5);
        List<ScoredVideo> plain = m.recommend(-1, Context.of(sad, MoodStrategy.CONGRUENT), 5);
        assertThat(lift).hasSize(5);
        // AffectNeighbors aims at the affect itself (congruent); sad is nearest the drama-like group 2
        assertThat(plain).allSatisfy(s -> assertThat(SyntheticLogs.groupOfVideo(s.videoId(), 3)).isEqualTo(2));
        assertThat(m.recommend(-1, Context.none(), 5)).isEmpty();
    }
}
