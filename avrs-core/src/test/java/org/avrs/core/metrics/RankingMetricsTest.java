package org.avrs.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values from tools/golden/ranking_metrics.py: nDCG from sklearn 1.2.1
 * {@code sklearn.metrics.ndcg_score(y_true, y_score, k=k)}, the other metrics from numpy 1.24.2
 * textbook implementations. Tolerance 1e-12 (both sides compute in double precision).
 */
class RankingMetricsTest {

    private static final double TOL = 1e-12;
    private static final JsonNode GOLDEN = Golden.load("golden/ranking_metrics.json");

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    private static Set<Long> set(JsonNode array) {
        Set<Long> s = new HashSet<>();
        for (long x : longs(array)) {
            s.add(x);
        }
        return s;
    }

    private static void assertGolden(double actual, JsonNode expected, String what) {
        double e = expected.isNumber() ? expected.asDouble() : Double.parseDouble(expected.asText());
        if (Double.isNaN(e)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(e, within(TOL));
        }
    }

    @Test
    void matchesNumpyAndSklearnOnRandomRankings() {
        int checked = 0;
        for (JsonNode c : GOLDEN.get("cases")) {
            long[] ranking = longs(c.get("ranking"));
            Set<Long> relevant = set(c.get("relevant"));
            int k = c.get("k").asInt();
            String id = "case k=" + k + " |R|=" + relevant.size();
            assertGolden(RankingMetrics.precision(ranking, relevant, k), c.get("precision"), "P " + id);
            assertGolden(RankingMetrics.recall(ranking, relevant, k), c.get("recall"), "R " + id);
            assertGolden(RankingMetrics.hitRate(ranking, relevant, k), c.get("hitRate"), "hit " + id);
            assertGolden(RankingMetrics.reciprocalRank(ranking, relevant, k), c.get("reciprocalRank"), "RR " + id);
            assertGolden(RankingMetrics.averagePrecision(ranking, relevant, k), c.get("averagePrecision"), "AP " + id);
            assertGolden(RankingMetrics.ndcg(ranking, relevant, k), c.get("ndcgBinary"), "nDCG " + id);
            Map<Long, Double> gains = RankingMetrics.gains(longs(c.get("gradedItems")), Golden.doubles(c.get("gradedGains")));
            assertGolden(RankingMetrics.ndcg(ranking, gains, k), c.get("ndcgGraded"), "graded nDCG " + id);
            checked++;
        }
        assertThat(checked).isEqualTo(60);
    }

    @Test
    void coverageDiversityAndNoveltyMatchTheScript() {
        JsonNode cov = GOLDEN.get("coverage");
        long[][] lists = new long[cov.get("lists").size()][];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = longs(cov.get("lists").get(i));
        }
        assertThat(RankingMetrics.itemCoverage(lists, cov.get("catalogSize").asInt()))
                .isCloseTo(cov.get("value").asDouble(), within(TOL));

        JsonNode ild = GOLDEN.get("ild");
        Map<Long, double[]> features = new HashMap<>();
        ild.get("features").fields().forEachRemaining(e -> features.put(Long.parseLong(e.getKey()), Golden.doubles(e.getValue())));
        RankingMetrics.Distance cosineDistance = (a, b) -> {
            double[] x = features.get(a);
            double[] y = features.get(b);
            double dot = 0;
            double nx = 0;
            double ny = 0;
            for (int i = 0; i < x.length; i++) {
                dot += x[i] * y[i];
                nx += x[i] * x[i];
                ny += y[i] * y[i];
            }
            return 1 - dot / (Math.sqrt(nx) * Math.sqrt(ny));
        };
        assertThat(RankingMetrics.intraListDiversity(longs(ild.get("list")), cosineDistance))
                .isCloseTo(ild.get("value").asDouble(), within(1e-12));

        JsonNode nov = GOLDEN.get("novelty");
        Map<Long, Double> pop = new HashMap<>();
        nov.get("popularity").fields().forEachRemaining(e -> pop.put(Long.parseLong(e.getKey()), e.getValue().asDouble()));
        assertThat(RankingMetrics.novelty(longs(nov.get("list")), pop::get)).isCloseTo(nov.get("value").asDouble(), within(TOL));
    }

    @Test
    void handWorkedExample() {
        // ranking 1..5, relevant {2, 5, 9}, k = 5: hits at ranks 2 and 5
        long[] ranked = {1, 2, 3, 4, 5};
        Set<Long> rel = Set.of(2L, 5L, 9L);
        assertThat(RankingMetrics.precision(ranked, rel, 5)).isEqualTo(0.4);
        assertThat(RankingMetrics.recall(ranked, rel, 5)).isCloseTo(2 / 3.0, within(TOL));
        assertThat(RankingMetrics.reciprocalRank(ranked, rel, 5)).isEqualTo(0.5);
        assertThat(RankingMetrics.averagePrecision(ranked, rel, 5)).isCloseTo((1 / 2.0 + 2 / 5.0) / 3, within(TOL));
        double dcg = 1 / Math.log(3) * Math.log(2) + 1 / Math.log(6) * Math.log(2);
        double idcg = 1 + 1 / Math.log(3) * Math.log(2) + 0.5;
        assertThat(RankingMetrics.ndcg(ranked, rel, 5)).isCloseTo(dcg / idcg, within(TOL));
        assertThat(RankingMetrics.label("nDCG", 10)).isEqualTo("nDCG@10");
    }

    @Test
    void undefinedCasesAreNaNAndBadArgumentsFail() {
        long[] ranked = {1, 2};
        assertThat(RankingMetrics.ndcg(ranked, Set.of(), 2)).isNaN();
        assertThat(RankingMetrics.recall(ranked, Set.of(), 2)).isNaN();
        assertThat(RankingMetrics.averagePrecision(ranked, Set.of(), 2)).isNaN();
        assertThat(RankingMetrics.reciprocalRank(ranked, Set.of(), 2)).isNaN();
        assertThat(RankingMetrics.precision(ranked, Set.of(), 2)).isZero();
        assertThat(RankingMetrics.ndcg(ranked, Map.of(7L, 0.0), 2)).isNaN();
        assertThat(RankingMetrics.intraListDiversity(new long[] {1}, (a, b) -> 1)).isNaN();
        assertThat(RankingMetrics.novelty(new long[0], i -> 1)).isNaN();
        assertThat(RankingMetrics.itemCoverage(new long[0][], 0)).isNaN();
        assertThatThrownBy(() -> RankingMetrics.precision(ranked, Set.of(1L), 0)).hasMessageContaining("k 0");
        assertThatThrownBy(() -> RankingMetrics.ndcg(new long[] {1, 1}, Set.of(1L), 2)).hasMessageContaining("repeats item 1");
        assertThatThrownBy(() -> RankingMetrics.novelty(new long[] {3}, i -> 0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> RankingMetrics.ndcg(ranked, Map.of(1L, Double.NaN), 2)).hasMessageContaining("gain");
    }
}
