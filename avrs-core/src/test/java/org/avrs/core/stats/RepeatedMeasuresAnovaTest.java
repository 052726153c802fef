package org.avrs.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.avrs.core.stats.StatsGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values: the closed-form one-way RM-ANOVA computed with numpy and {@code scipy.stats.f.sf} in
 * {@code tools/golden/core_metrics.py}, which asserts it equal (F to 1e-12, p to 1e-10 relative) to
 * {@code statsmodels.stats.anova.AnovaRM(frame, 'y', 'subject', within=['condition']).fit()}
 * (statsmodels 0.13.5) when that is installed; the fixture's "checked" field says whether it was.
 * F, p and partial η² to 1e-12 relative.
 */
class RepeatedMeasuresAnovaTest {

    @Test
    void matchesClosedFormAndStatsmodels() {
        for (JsonNode c : StatsGolden.FIXTURE.get("rmAnova")) {
            String name = c.get("name").asText();
            TestResult r = RepeatedMeasuresAnova.test(Golden.matrix(c.get("data")));
            assertClose(name + " F", r.statistic(), c.get("F"), 1e-12);
            assertThat(r.df()).as(name + " df1").isEqualTo(c.get("df1").asDouble());
            assertThat(r.dfDenominator()).as(name + " df2").isEqualTo(c.get("df2").asDouble());
            assertClose(name + " p", r.pValue(), c.get("p"), 1e-12);
            assertClose(name + " partial eta²", r.effect(), c.get("partialEtaSquared"), 1e-12);
        }
    }

    @Test
    void twoConditionsEqualTheSquaredPairedT() {
        double[] a = {3.1, 2.4, 5.0, 4.4, 3.9, 2.2};
        double[] b = {2.5, 2.6, 4.1, 3.0, 3.2, 2.0};
        double[][] data = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            data[i] = new double[] {a[i], b[i]};
        }
        TestResult anova = RepeatedMeasuresAnova.test(data);
        TestResult t = PairedTTest.test(a, b);
        assertThat(anova.statistic()).isCloseTo(t.statistic() * t.statistic(), within(1e-12 * anova.statistic()));
        assertThat(anova.pValue()).isCloseTo(t.pValue(), within(1e-12));
    }

    @Test
    void additiveDataWithoutNoiseHasInfiniteF() {
        // subject offset + condition offset, no interaction: SS_error = 0 (all means exact in binary)
        double[][] data = {{1, 3}, {2, 4}, {4, 6}, {0, 2}};
        TestResult r = RepeatedMeasuresAnova.test(data);
        assertThat(r.statistic()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(r.pValue()).isZero();
        assertThat(RepeatedMeasuresAnova.statistic(new double[][] {{1, 1}, {2, 2}})).isNaN();
    }

    @Test
    void rejectsBadShapes() {
        assertThatThrownBy(() -> RepeatedMeasuresAnova.test(new double[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 2 subjects");
        assertThatThrownBy(() -> RepeatedMeasuresAnova.test(new double[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 2 conditions");
        assertThatThrownBy(() -> RepeatedMeasuresAnova.test(new double[][] {{1, 2}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject 1 has 1 conditions");
        assertThatThrownBy(() -> RepeatedMeasuresAnova.test(new double[][] {{1, 2}, {2, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data[1][1]");
    }
}
