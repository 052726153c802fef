package org.avrs.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.avrs.core.stats.StatsGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values: {@code scipy.stats.ttest_rel(x, y, alternative=...)} (SciPy 1.10.1) and
 * d_z = mean(x − y) / std(x − y, ddof=1) (numpy), from {@code tools/golden/core_metrics.py}. All to
 * 1e-12 relative, p-values included (Commons Statistics and SciPy's Boost-based t distribution agree
 * to about 1e-13 on these cases).
 */
class PairedTTestTest {

    @Test
    void matchesScipy() {
        for (JsonNode c : StatsGolden.FIXTURE.get("pairedT")) {
            String name = c.get("name").asText();
            double[] x = Golden.doubles(c.get("x"));
            double[] y = Golden.doubles(c.get("y"));
            TestResult two = PairedTTest.test(x, y);
            assertClose(name + " t", two.statistic(), c.get("t"), 1e-12);
            assertThat(two.df()).as(name + " df").isEqualTo(c.get("df").asDouble());
            assertClose(name + " p two-sided", two.pValue(), c.get("pTwoSided"), 1e-12);
            assertClose(name + " p greater", PairedTTest.test(x, y, Alternative.GREATER).pValue(), c.get("pGreater"), 1e-12);
            assertClose(name + " p less", PairedTTest.test(x, y, Alternative.LESS).pValue(), c.get("pLess"), 1e-12);
            assertThat(two.effectName()).isEqualTo("d_z");
            assertClose(name + " d_z", two.effect(), c.get("dz"), 1e-12);
            assertClose(name + " statistic()", PairedTTest.statistic(x, y), c.get("t"), 1e-12);
        }
    }

    @Test
    void fixtureHasDegenerateCases() {
        assertThat(StatsGolden.FIXTURE.get("pairedT").findValuesAsText("name"))
                .contains("constant-nonzero-difference", "identical", "n-2");
    }

    @Test
    void handComputedCase() {
        // differences 1, 2, 3: mean 2, s_d 1, t = 2 / (1 / √3) = 2√3, df 2
        TestResult r = PairedTTest.test(new double[] {2, 4, 6}, new double[] {1, 2, 3});
        assertThat(r.statistic()).isCloseTo(2 * Math.sqrt(3), within(1e-14));
        assertThat(r.df()).isEqualTo(2);
        assertThat(r.dfDenominator()).isNaN();
        assertThat(r.effect()).isCloseTo(2.0, within(1e-14));
        assertThat(r.test()).isEqualTo("paired t-test (two-sided)");
        assertThat(r.toString()).startsWith("paired t-test (two-sided): statistic 3.4641 (df 2), p = ")
                .endsWith("d_z = 2.000");
        // the one-sided p-values of a symmetric statistic add up to 1 and the two-sided one is twice the smaller
        double greater = PairedTTest.test(new double[] {2, 4, 6}, new double[] {1, 2, 3}, Alternative.GREATER).pValue();
        double less = PairedTTest.test(new double[] {2, 4, 6}, new double[] {1, 2, 3}, Alternative.LESS).pValue();
        assertThat(greater + less).isCloseTo(1.0, within(1e-14));
        assertThat(r.pValue()).isCloseTo(2 * greater, within(1e-15));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> PairedTTest.test(new double[] {1}, new double[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> PairedTTest.test(new double[] {1, 2}, new double[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> PairedTTest.statistic(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1]").hasMessageContaining("finite");
    }
}
