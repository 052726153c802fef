package org.avrs.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.avrs.core.stats.StatsGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values: Cohen's d as the numpy closed form (mean(x) − mean(y)) / pooled SD with ddof=1
 * variances (no library reference exists in SciPy 1.10), from {@code tools/golden/core_metrics.py};
 * tolerance 1e-12 relative.
 */
class EffectSizesTest {

    @Test
    void independentDMatchesClosedForm() {
        for (JsonNode c : StatsGolden.FIXTURE.get("cohensD")) {
            assertClose(c.get("name").asText(), EffectSizes.cohensD(Golden.doubles(c.get("x")), Golden.doubles(c.get("y"))),
                    c.get("d"), 1e-12);
        }
    }

    @Test
    void handComputed() {
        // x = 1, 2, 3 (mean 2, s² 1); y = 4, 6 (mean 5, s² 2): s_p = √((2·1 + 1·2) / 3), d = −3 / s_p
        assertThat(EffectSizes.cohensD(new double[] {1, 2, 3}, new double[] {4, 6}))
                .isCloseTo(-3 / Math.sqrt(4.0 / 3), within(1e-14));
        // a single y value contributes no variance but counts in n
        assertThat(EffectSizes.cohensD(new double[] {1, 3}, new double[] {5}))
                .isCloseTo(-3 / Math.sqrt(2.0), within(1e-14));
        // paired: differences 1, 3 -> mean 2, s_d √2
        assertThat(EffectSizes.cohensDz(new double[] {2, 5}, new double[] {1, 2})).isCloseTo(2 / Math.sqrt(2), within(1e-14));
    }

    @Test
    void zeroSpreadGivesInfinityOrNaN() {
        assertThat(EffectSizes.cohensD(new double[] {1, 1}, new double[] {0, 0})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(EffectSizes.cohensD(new double[] {1, 1}, new double[] {1, 1})).isNaN();
    }

    @Test
    void rejectsTooFewValues() {
        assertThatThrownBy(() -> EffectSizes.cohensD(new double[] {1}, new double[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 3");
        assertThatThrownBy(() -> EffectSizes.cohensD(new double[0], new double[] {2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x has 0 values");
        assertThatThrownBy(() -> EffectSizes.cohensDz(new double[] {1}, new double[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }
}
