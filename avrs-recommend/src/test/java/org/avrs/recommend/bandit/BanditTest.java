package org.avrs.recommend.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.Vad;
import org.avrs.recommend.affect.LexiconProfiler;
import org.avrs.recommend.data.Video;
import org.junit.jupiter.api.Test;

/** On the seeded simulator, bandits that see the viewer's affect beat random choice on CTR and session length. */
class BanditTest {

    private static Vad[] catalog() {
        String[] genres = {"Comedy", "Horror", "Drama", "Documentary", "Action", "Romance", "Thriller", "Children", "War",
            "Musical"};
        LexiconProfiler profiler = new LexiconProfiler(LexiconProfiler.Config.defaults());
        List<Vad> out = new ArrayList<>();
        for (int i = 0; i < genres.length; i++) {
            for (int j = 0; j < genres.length; j++) {
                out.add(profiler.profile(new Video(i * 10 + j, "x", 2000, List.of(genres[i], genres[j]), List.of())).vad());
            }
        }
        return out.toArray(new Vad[0]);
    }

    @Test
    void linUcbAndThompsonBeatRandom() {
        ViewerSimulator sim = new ViewerSimulator(new ViewerSimulator.Config(600, 20, 0.7, 3));
        Vad[] catalog = catalog();
        ViewerSimulator.Result random = sim.run(new RandomPolicy(1), catalog);
        ViewerSimulator.Result ucb = sim.run(new LinearBandit(LinearBandit.Kind.LINUCB, 0.5, 1, 1), catalog);
        ViewerSimulator.Result ts = sim.run(new LinearBandit(LinearBandit.Kind.THOMPSON, 0.3, 1, 1), catalog);
        System.out.println(random + "\n" + ucb + "\n" + ts);
        assertThat(ucb.ctr()).isGreaterThan(random.ctr() + 0.05);
        assertThat(ts.ctr()).isGreaterThan(random.ctr() + 0.05);
        assertThat(ucb.meanSessionLength()).isGreaterThan(random.meanSessionLength());
        assertThat(ts.meanSessionLength()).isGreaterThan(random.meanSessionLength());
    }

    @Test
    void sameSeedSameResult() {
        ViewerSimulator sim = new ViewerSimulator(new ViewerSimulator.Config(50, 10, 0.5, 9));
        assertThat(sim.run(new LinearBandit(LinearBandit.Kind.THOMPSON, 0.3, 1, 4), catalog()))
                .isEqualTo(sim.run(new LinearBandit(LinearBandit.Kind.THOMPSON, 0.3, 1, 4), catalog()));
    }
}
