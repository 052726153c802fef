package org.avrs.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.avrs.core.data.Dataset;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void zScoresWithPopulationStandardDeviation() {
        // Column 0: 1, 2, 3, 4 → μ 2.5, σ (ddof 0) = sqrt(1.25). Column 1 is constant → σ 1.
        Standardizer s = Standardizer.fit(new double[][] {{1, 7}, {2, 7}, {3, 7}, {4, 7}});
        assertThat(s.mean()).containsExactly(2.5, 7.0);
        assertThat(s.scale()[0]).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(s.scale()[1]).isEqualTo(1.0);
        assertThat(s.apply(new double[] {4, 7})).containsExactly(1.5 / Math.sqrt(1.25), 0.0);
    }

    @Test
    void staysAccurateFarFromTheOrigin() {
        double[][] rows = {{1e9 + 1}, {1e9 + 2}, {1e9 + 3}};
        Standardizer s = Standardizer.fit(rows);
        assertThat(s.scale()[0]).isCloseTo(Math.sqrt(2.0 / 3), within(1e-6));
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Standardizer.fit(new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero rows");
        assertThatThrownBy(() -> Standardizer.fit(new double[][] {{1, 2}, {1}}))
                .hasMessageContaining("row 1 has 1 values");
        assertThatThrownBy(() -> Standardizer.fit(new double[][] {{1, Double.POSITIVE_INFINITY}}))
                .hasMessageContaining("row 0 column 1 is Infinity");
    }

    @Test
    void groupNormalizationUsesEachGroupsOwnStatistics() {
        Dataset<double[]> data = GroupNormalization.apply(Planted.dataset(3, 4, 5, 1.0, 9));
        for (var g : data.groups()) {
            double sum = 0;
            double sumSq = 0;
            int n = 0;
            for (var s : data.samples()) {
                if (s.group().equals(g)) {
                    sum += s.input()[2];
                    sumSq += s.input()[2] * s.input()[2];
                    n++;
                }
            }
            assertThat(sum / n).isCloseTo(0, within(1e-12));
            assertThat(sumSq / n).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void shrinkageBlendsGroupAndPopulationStatistics() {
        // Population μ0 = 0, σ0 = 1 (rows -1, 1); a group with one vector 4 and κ = 1:
        // μ = (4 + 0) / 2 = 2; σ² = ((4 − 2)² + 1·(1 + (0 − 2)²)) / 2 = (4 + 5) / 2 = 4.5.
        GroupNormalization norm = new GroupNormalization(Standardizer.fit(new double[][] {{-1}, {1}}), 1);
        Standardizer s = norm.forGroup(java.util.List.<double[]>of(new double[] {4}));
        assertThat(s.mean()[0]).isCloseTo(2, within(1e-15));
        assertThat(s.scale()[0]).isCloseTo(Math.sqrt(4.5), within(1e-15));
        // No vectors at all: the population's own statistics.
        assertThat(norm.forGroup(java.util.List.of()).mean()[0]).isZero();
        assertThat(norm.forGroup(java.util.List.of()).scale()[0]).isCloseTo(1, within(1e-15));
        assertThatThrownBy(() -> new GroupNormalization(Standardizer.fit(new double[][] {{1}}), -1))
                .hasMessageContaining("priorWeight -1.0");
    }
}
