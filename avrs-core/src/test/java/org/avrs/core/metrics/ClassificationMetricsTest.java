package org.avrs.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values from {@code tools/golden/core_metrics.py} (scikit-learn 1.2.1; each field's exact call
 * is in the fixture's "sources"), compared to 1e-12 relative: the computations are exact ratios of
 * counts, so only the last bits of the divisions may differ.
 */
class ClassificationMetricsTest {

    private static final JsonNode CASES = Golden.load("golden/core_metrics.json").get("classification");
    private static final double REL = 1e-12;

    private static void assertClose(String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(REL * Math.abs(expected) + 1e-15));
        }
    }

    private static ConfusionMatrix matrix(JsonNode c) {
        return ConfusionMatrix.of(Golden.ints(c.get("truth")), Golden.ints(c.get("predicted")), c.get("k").asInt());
    }

    @Test
    void confusionMatrixMatchesSklearn() {
        // sklearn.metrics.confusion_matrix(truth, predicted, labels=range(k)), exact
        for (JsonNode c : CASES) {
            ConfusionMatrix cm = matrix(c);
            long[][] counts = cm.counts();
            double[][] expected = Golden.matrix(c.get("confusion"));
            for (int i = 0; i < cm.size(); i++) {
                for (int j = 0; j < cm.size(); j++) {
                    assertThat((double) counts[i][j]).as(c.get("name") + " [" + i + "][" + j + "]").isEqualTo(expected[i][j]);
                }
            }
            assertThat(cm.total()).isEqualTo(c.get("truth").size());
        }
    }

    @Test
    void scalarMetricsMatchSklearn() {
        // accuracy_score, recall_score(average='macro'[, labels=range(k)]), f1_score(average='macro'[, labels=...]),
        // balanced_accuracy_score(adjusted=False/True), all with zero_division=0
        for (JsonNode c : CASES) {
            ConfusionMatrix cm = matrix(c);
            String name = c.get("name").asText() + " ";
            int[] all = IntStream.range(0, cm.size()).toArray();
            assertClose(name + ClassificationMetrics.ACCURACY, ClassificationMetrics.accuracy(cm), c.get("accuracy").asDouble());
            assertClose(name + ClassificationMetrics.WAR, ClassificationMetrics.war(cm), c.get("accuracy").asDouble());
            assertClose(name + ClassificationMetrics.UAR, ClassificationMetrics.uar(cm), c.get("uar").asDouble());
            assertClose(name + "UAR over all labels", ClassificationMetrics.uar(cm, all), c.get("uarAllLabels").asDouble());
            assertClose(name + ClassificationMetrics.MACRO_F1, ClassificationMetrics.macroF1(cm), c.get("macroF1").asDouble());
            assertClose(name + "macro-F1 over all labels", ClassificationMetrics.macroF1(cm, all),
                    c.get("macroF1AllLabels").asDouble());
            assertClose(name + ClassificationMetrics.BALANCED_ACCURACY, ClassificationMetrics.balancedAccuracy(cm),
                    c.get("balancedAccuracy").asDouble());
            assertClose(name + ClassificationMetrics.ADJUSTED_BALANCED_ACCURACY,
                    ClassificationMetrics.adjustedBalancedAccuracy(cm), c.get("adjustedBalancedAccuracy").asDouble());
        }
    }

    @Test
    void perClassValuesMatchSklearnWithNaNWhereUndefined() {
        // precision_recall_fscore_support(average=None, labels=range(k), zero_division=0), 0/0 -> NaN in the script
        for (JsonNode c : CASES) {
            ConfusionMatrix cm = matrix(c);
            double[] p = Golden.doubles(c.get("precision"));
            double[] r = Golden.doubles(c.get("recall"));
            double[] f = Golden.doubles(c.get("f1"));
            for (int k = 0; k < cm.size(); k++) {
                String name = c.get("name").asText() + " class " + k;
                assertClose(name + " precision", cm.precision(k), p[k]);
                assertClose(name + " recall", cm.recall(k), r[k]);
                assertClose(name + " F1", cm.f1(k), f[k]);
            }
        }
    }

    @Test
    void fixtureCoversTheUndefinedCases() {
        // the cases below are what the absent-class documentation is about; keep them in the fixture
        assertThat(CASES.findValuesAsText("name")).contains("predicted-not-true", "true-not-predicted",
                "absent-everywhere", "constant-prediction");
        JsonNode spurious = CASES.get(2);
        assertThat(spurious.get("name").asText()).isEqualTo("predicted-not-true");
        // a class only predicted lowers UAR (recall counted 0) but not balanced accuracy (class ignored)
        ConfusionMatrix cm = matrix(spurious);
        assertThat(cm.recall(4)).isNaN();
        assertThat(ClassificationMetrics.uar(cm)).isLessThan(ClassificationMetrics.balancedAccuracy(cm));
    }

    @Test
    void handComputedTwoClassExample() {
        // truth 0 0 0 1 1, predicted 0 1 0 1 1: recall 2/3 and 1, precision 1 and 2/3
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 0, 1, 1}, new int[] {0, 1, 0, 1, 1}, 2);
        assertThat(ClassificationMetrics.accuracy(cm)).isEqualTo(0.8);
        assertThat(ClassificationMetrics.uar(cm)).isCloseTo((2.0 / 3 + 1) / 2, within(1e-15));
        assertThat(cm.precision(1)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(cm.f1(0)).isCloseTo(0.8, within(1e-15)); // 2·2 / (2·2 + 0 + 1)
        assertThat(cm.rowNormalized()[0]).containsExactly(2.0 / 3, 1.0 / 3);
    }

    @Test
    void emptyInputGivesNaNNotZero() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[0], new int[0], 3);
        assertThat(ClassificationMetrics.accuracy(cm)).isNaN();
        assertThat(ClassificationMetrics.uar(cm)).isNaN();
        assertThat(ClassificationMetrics.macroF1(cm)).isNaN();
        assertThat(ClassificationMetrics.balancedAccuracy(cm)).isNaN();
        assertThat(cm.rowNormalized()[1]).containsOnly(Double.NaN);
    }

    @Test
    void adjustedBalancedAccuracyIsNaNWithOneTrueClass() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {1, 1, 1}, new int[] {1, 0, 1}, 2);
        assertThat(ClassificationMetrics.balancedAccuracy(cm)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(ClassificationMetrics.adjustedBalancedAccuracy(cm)).isNaN();
    }

    @Test
    void labelsAreStable() {
        assertThat(new String[] {ClassificationMetrics.ACCURACY, ClassificationMetrics.WAR, ClassificationMetrics.UAR,
                ClassificationMetrics.MACRO_F1, ClassificationMetrics.BALANCED_ACCURACY,
                ClassificationMetrics.ADJUSTED_BALANCED_ACCURACY})
                .containsExactly("accuracy", "WAR", "UAR", "macro-F1", "balanced-accuracy", "adjusted-balanced-accuracy");
    }

    @Test
    void explicitLabelsAreChecked() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 1}, 3);
        assertThatThrownBy(() -> ClassificationMetrics.uar(cm, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class 3").hasMessageContaining("[0, 3)");
        assertThatThrownBy(() -> ClassificationMetrics.macroF1(cm, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ClassificationMetrics.uar(cm, new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no classes");
        // class 2 is absent everywhere: the default ignores it, the explicit variant counts it 0
        assertThat(ClassificationMetrics.uar(cm)).isEqualTo(1.0);
        assertThat(ClassificationMetrics.uar(cm, 0, 1, 2)).isCloseTo(2.0 / 3, within(1e-15));
    }
}
