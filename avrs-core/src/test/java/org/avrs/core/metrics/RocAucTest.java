package org.avrs.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values from {@code tools/golden/core_metrics.py}: binary cases from
 * {@code sklearn.metrics.roc_auc_score(positive, scores)} (scikit-learn 1.2.1), one-vs-rest cases from
 * {@code roc_auc_score(truth, scores, multi_class='ovr', average='macro')} or, for rounded (tied)
 * scores, the mean of the per-class binary calls (each case names its call). Tolerance 1e-12
 * relative: sklearn integrates the ROC curve with the trapezoid rule, AVRS uses midranks; both are
 * exact for ties, only rounding differs.
 */
class RocAucTest {

    private static final JsonNode FIXTURE = Golden.load("golden/core_metrics.json");

    private static void assertClose(String what, double actual, double expected) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-15));
    }

    @Test
    void binaryMatchesSklearnIncludingTies() {
        for (JsonNode c : FIXTURE.get("rocBinary")) {
            int[] y = Golden.ints(c.get("positive"));
            boolean[] positive = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                positive[i] = y[i] == 1;
            }
            assertClose(c.get("name").asText(), RocAuc.binary(positive, Golden.doubles(c.get("scores"))),
                    c.get("auc").asDouble());
        }
    }

    @Test
    void oneVsRestMatchesSklearn() {
        for (JsonNode c : FIXTURE.get("rocOvr")) {
            String name = c.get("name").asText();
            int[] truth = Golden.ints(c.get("truth"));
            double[][] scores = Golden.matrix(c.get("scores"));
            double[] perClass = RocAuc.oneVsRest(truth, scores);
            double[] expected = Golden.doubles(c.get("perClass"));
            for (int k = 0; k < expected.length; k++) {
                assertClose(name + " class " + k, perClass[k], expected[k]);
            }
            assertClose(name + " macro", RocAuc.oneVsRestMacro(truth, scores), c.get("macro").asDouble());
        }
    }

    @Test
    void tiesCountHalf() {
        // one positive, one negative, same score: P(pos > neg) + ½ P(tie) = ½
        assertThat(RocAuc.binary(new boolean[] {true, false}, new double[] {0.4, 0.4})).isEqualTo(0.5);
        // positives 2, 1; negatives 1, 0 -> pairs (2>1, 2>0, 1=1, 1>0) = 3.5 / 4
        assertThat(RocAuc.binary(new boolean[] {true, true, false, false}, new double[] {2, 1, 1, 0}))
                .isEqualTo(0.875);
    }

    @Test
    void midranksAverageTiedPositions() {
        assertThat(RocAuc.midranks(new double[] {3, 1, 3, 2, 3})).containsExactly(4, 1, 4, 2, 4);
    }

    @Test
    void undefinedWithoutBothClasses() {
        assertThat(RocAuc.binary(new boolean[] {true, true}, new double[] {0.1, 0.9})).isNaN();
        assertThat(RocAuc.binary(new boolean[0], new double[0])).isNaN();
        // class 2 never occurs: its area and the macro average are undefined
        double[][] scores = {{0.8, 0.1, 0.1}, {0.2, 0.7, 0.1}, {0.6, 0.3, 0.1}};
        double[] auc = RocAuc.oneVsRest(new int[] {0, 1, 0}, scores);
        assertThat(auc[0]).isEqualTo(1.0);
        assertThat(auc[2]).isNaN();
        assertThat(RocAuc.oneVsRestMacro(new int[] {0, 1, 0}, scores)).isNaN();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> RocAuc.binary(new boolean[] {true, false}, new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores[1]").hasMessageContaining("finite");
        assertThatThrownBy(() -> RocAuc.binary(new boolean[] {true}, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 entries, expected 1");
        assertThatThrownBy(() -> RocAuc.oneVsRest(new int[] {0, 3}, new double[][] {{1, 0}, {0, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truth[1] = 3");
        assertThatThrownBy(() -> RocAuc.oneVsRest(new int[] {0, 1}, new double[][] {{1, 0}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> RocAuc.oneVsRest(new int[] {0}, new double[][] {{1, 0}, {0, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows");
    }
}
