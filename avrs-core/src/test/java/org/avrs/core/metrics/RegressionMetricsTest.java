package org.avrs.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values from {@code tools/golden/core_metrics.py}: MAE and RMSE from
 * {@code sklearn.metrics.mean_absolute_error} / {@code sqrt(mean_squared_error)} (scikit-learn 1.2.1),
 * Pearson r from {@code scipy.stats.pearsonr} (SciPy 1.10.1; NaN when an input is constant), CCC from
 * the numpy closed form of Lin (1989) with population moments. Tolerance 1e-12 relative (sums of a
 * few dozen terms). Fixture strings "NaN" are read by {@code JsonNode.asDouble()} as NaN.
 */
class RegressionMetricsTest {

    private static final JsonNode CASES = Golden.load("golden/core_metrics.json").get("regression");

    private static void assertClose(String what, double actual, JsonNode expectedNode) {
        double expected = expectedNode.asDouble();
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-15));
        }
    }

    @Test
    void matchesReferences() {
        for (JsonNode c : CASES) {
            String name = c.get("name").asText() + " ";
            double[] y = Golden.doubles(c.get("truth"));
            double[] p = Golden.doubles(c.get("predicted"));
            assertClose(name + RegressionMetrics.MAE, RegressionMetrics.mae(y, p), c.get("mae"));
            assertClose(name + RegressionMetrics.RMSE, RegressionMetrics.rmse(y, p), c.get("rmse"));
            assertClose(name + RegressionMetrics.ONE_MINUS_MAE, RegressionMetrics.oneMinusMae(y, p), c.get("oneMinusMae"));
            assertClose(name + RegressionMetrics.PEARSON, RegressionMetrics.pearson(y, p), c.get("pearson"));
            assertClose(name + RegressionMetrics.CCC, RegressionMetrics.ccc(y, p), c.get("ccc"));
        }
    }

    @Test
    void fixtureHasTheDegenerateCases() {
        assertThat(CASES.findValuesAsText("name")).contains("constant-prediction", "both-constant-equal", "perfect");
    }

    @Test
    void cccPenalisesBiasThatPearsonIgnores() {
        double[] y = {0.1, 0.2, 0.3, 0.4};
        double[] shifted = {0.3, 0.4, 0.5, 0.6};
        assertThat(RegressionMetrics.pearson(y, shifted)).isCloseTo(1.0, within(1e-15));
        // s_x² = s_y² = 0.0125, s_xy = 0.0125, bias 0.2: 2·0.0125 / (0.025 + 0.04) = 0.384615…
        assertThat(RegressionMetrics.ccc(y, shifted)).isCloseTo(0.025 / 0.065, within(1e-14));
    }

    @Test
    void handComputedErrors() {
        double[] y = {0, 0.5, 1};
        double[] p = {0.25, 0.5, 0.5};
        assertThat(RegressionMetrics.mae(y, p)).isEqualTo(0.25);
        assertThat(RegressionMetrics.rmse(y, p)).isCloseTo(Math.sqrt((0.0625 + 0.25) / 3), within(1e-15));
        assertThat(RegressionMetrics.oneMinusMae(y, p)).isEqualTo(0.75);
    }

    @Test
    void emptyInputIsNaN() {
        double[] none = new double[0];
        assertThat(RegressionMetrics.mae(none, none)).isNaN();
        assertThat(RegressionMetrics.rmse(none, none)).isNaN();
        assertThat(RegressionMetrics.pearson(none, none)).isNaN();
        assertThat(RegressionMetrics.ccc(none, none)).isNaN();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> RegressionMetrics.mae(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values").hasMessageContaining("1");
        assertThatThrownBy(() -> RegressionMetrics.pearson(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truth[1]").hasMessageContaining("finite");
        assertThatThrownBy(() -> RegressionMetrics.oneMinusMae(new double[] {0.5}, new double[] {1.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted[0] = 1.2")
                .hasMessageContaining("[0, 1]");
    }

    @Test
    void labelsAreStable() {
        assertThat(new String[] {RegressionMetrics.MAE, RegressionMetrics.RMSE, RegressionMetrics.ONE_MINUS_MAE,
                RegressionMetrics.PEARSON, RegressionMetrics.CCC, RocAuc.ROC_AUC, RocAuc.ROC_AUC_OVR_MACRO})
                .containsExactly("MAE", "RMSE", "1-MAE", "Pearson-r", "CCC", "ROC-AUC", "ROC-AUC-ovr-macro");
    }
}
