package org.avrs.recommend.rerank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.avrs.recommend.ScoredVideo;
import org.junit.jupiter.api.Test;

/**
 * A pool of 30 videos in 3 clusters: the 10 most relevant all in cluster 0 (similarity 1 within a
 * cluster, 0 across), popularity falling with relevance. MMR with λ &lt; 1 and the Pareto re-ranker must
 * trade relevance for diversity and novelty; λ = 1 must keep the original order.
 */
class RerankTest {

    private static Objectives pool() {
        List<ScoredVideo> c = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            c.add(new ScoredVideo(100 + i, 30 - i));
        }
        return new Objectives(c, (a, b) -> cluster(a) == cluster(b) ? 1 : 0, id -> 1.0 / (1 + (id - 100) / 3.0));
    }

    private static int cluster(long id) {
        return id - 100 < 10 ? 0 : (int) (id % 2) + 1;
    }

    @Test
    void mmrWithLambdaOneKeepsOrderAndLowerLambdaDiversifies() {
        Objectives pool = pool();
        assertThat(new Mmr(1).rerank(pool, 5)).extracting(ScoredVideo::videoId).containsExactly(100L, 101L, 102L, 103L, 104L);
        List<ScoredVideo> diverse = new Mmr(0.5).rerank(pool, 3);
        assertThat(diverse).extracting(s -> cluster(s.videoId())).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(diverse.get(0).videoId()).isEqualTo(100L);
    }

    @Test
    void paretoFrontSpansAccuracyAndDiversityAndTheWeightsChoose() {
        Objectives pool = pool();
        ParetoReranker.Config c = ParetoReranker.Config.defaults();
        List<ParetoReranker.Solution> front = new ParetoReranker(c).front(pool, 6);
        assertThat(front.size()).isGreaterThan(2);
        ParetoReranker.Solution mostAccurate = front.get(0);
        ParetoReranker.Solution mostDiverse = front.stream().max(java.util.Comparator.comparingDouble(
                ParetoReranker.Solution::diversity)).orElseThrow();
        assertThat(mostAccurate.diversity()).isZero(); // the original top 6 is one cluster
        assertThat(mostDiverse.diversity()).isGreaterThan(0.5);
        assertThat(mostDiverse.accuracy()).isLessThan(mostAccurate.accuracy());
        List<ScoredVideo> accurate = new ParetoReranker(new ParetoReranker.Config(40, 60, 0.3, 1, 0, 0, 42)).rerank(pool, 6);
        assertThat(accurate).extracting(ScoredVideo::videoId).containsExactly(100L, 101L, 102L, 103L, 104L, 105L);
        List<ScoredVideo> varied = new ParetoReranker(new ParetoReranker.Config(40, 60, 0.3, 0.2, 1, 0, 42)).rerank(pool, 6);
        assertThat(varied.stream().map(s -> cluster(s.videoId())).distinct().count()).isGreaterThan(1);
    }
}
