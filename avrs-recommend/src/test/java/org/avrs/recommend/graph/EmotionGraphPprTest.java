package org.avrs.recommend.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.ScoredVideo;
import org.avrs.recommend.SyntheticLogs;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.Video;
import org.junit.jupiter.api.Test;

class EmotionGraphPprTest extends RecommenderContract {

    private static final String[] GROUP_EMOTION = {"happiness", "fear", "sadness"};

    static Catalog catalog(InteractionLog log) {
        List<Video> v = new ArrayList<>();
        for (int i = 0; i < log.videos().size(); i++) {
            long id = log.videos().id(i);
            v.add(new Video(id, "v" + id, 2000, List.of(), List.of("tag" + SyntheticLogs.groupOfVideo(id, 3))));
        }
        return Catalog.of(v);
    }

    static VideoProfiles profiles(InteractionLog log) {
        Map<Long, Affect> m = new HashMap<>();
        for (int i = 0; i < log.videos().size(); i++) {
            long id = log.videos().id(i);
            m.put(id, Affect.ofLabel(EmotionSet.EKMAN_NEUTRAL, GROUP_EMOTION[SyntheticLogs.groupOfVideo(id, 3)]));
        }
        return new VideoProfiles(m, "test");
    }

    @Override
    protected Recommender create() {
        return new EmotionGraphPpr(EmotionGraphPpr.Config.defaults(), catalog(LOG), profiles(LOG));
    }

    @Test
    void anUnknownViewerWithAnAffectReachesVideosOfThatEmotion() {
        Model m = create().fit(LOG);
        List<ScoredVideo> afraid = m.recommend(-5, Context.of(Affect.ofLabel(EmotionSet.EKMAN_NEUTRAL, "fear")), 10);
        assertThat(afraid).hasSize(10).allSatisfy(s -> assertThat(SyntheticLogs.groupOfVideo(s.videoId(), 3)).isEqualTo(1));
    }
}
