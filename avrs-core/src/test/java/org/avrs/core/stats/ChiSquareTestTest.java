package org.avrs.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.avrs.core.stats.StatsGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Golden values: {@code scipy.stats.chisquare(observed[, expected])},
 * {@code scipy.stats.chi2_contingency(table, correction=...)} and
 * {@code scipy.stats.contingency.association(table, method='cramer')} (SciPy 1.10.1), from
 * {@code tools/golden/core_metrics.py}. Statistics, expected counts and p-values to 1e-12 relative.
 */
class ChiSquareTestTest {

    @Test
    void goodnessOfFitMatchesScipy() {
        for (JsonNode c : StatsGolden.FIXTURE.get("chisquareGof")) {
            String name = c.get("name").asText();
            double[] observed = Golden.doubles(c.get("observed"));
            TestResult r = c.get("expected").isNull() ? ChiSquareTest.goodnessOfFit(observed)
                    : ChiSquareTest.goodnessOfFit(observed, Golden.doubles(c.get("expected")));
            assertClose(name + " chi2", r.statistic(), c.get("chi2"), 1e-12);
            assertThat(r.df()).as(name + " df").isEqualTo(c.get("df").asDouble());
            assertClose(name + " p", r.pValue(), c.get("p"), 1e-12);
        }
    }

    @Test
    void contingencyMatchesScipyWithAndWithoutYates() {
        for (JsonNode c : StatsGolden.FIXTURE.get("chi2Contingency")) {
            boolean yates = c.get("correction").asBoolean();
            String name = c.get("name").asText() + (yates ? " corrected" : " uncorrected");
            double[][] table = Golden.matrix(c.get("table"));
            TestResult r = ChiSquareTest.independence(table, yates);
            assertClose(name + " chi2", r.statistic(), c.get("chi2"), 1e-12);
            assertThat(r.df()).as(name + " df").isEqualTo(c.get("df").asDouble());
            assertClose(name + " p", r.pValue(), c.get("p"), 1e-12);
            assertClose(name + " Cramér's V", r.effect(), c.get("cramersV"), 1e-12);
            double[][] expected = ChiSquareTest.expected(table);
            double[][] reference = Golden.matrix(c.get("expected"));
            for (int i = 0; i < expected.length; i++) {
                for (int j = 0; j < expected[i].length; j++) {
                    assertThat(expected[i][j]).as(name + " E[" + i + "][" + j + "]")
                            .isCloseTo(reference[i][j], within(1e-12 * reference[i][j]));
                }
            }
        }
    }

    @Test
    void yatesMovesCountsHalfwayButNotPastExpected() {
        // [[10, 10], [10, 11]]: E_00 = 20·20/41 = 9.756…, |O − E| < 0.5, so the corrected O equals E
        // everywhere and the statistic is 0 (a naive |O − E| − 0.5 would give a positive value)
        double[][] table = {{10, 10}, {10, 11}};
        assertThat(ChiSquareTest.independenceStatistic(table, true)).isZero();
        assertThat(ChiSquareTest.independenceStatistic(table, false)).isPositive();
    }

    @Test
    void oneRowTableHasZeroDegreesOfFreedom() {
        TestResult r = ChiSquareTest.independence(new double[][] {{3, 4, 5}}, true);
        assertThat(r.statistic()).isZero();
        assertThat(r.df()).isZero();
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.effect()).isNaN();
    }

    @Test
    void rejectsBadTables() {
        assertThatThrownBy(() -> ChiSquareTest.independence(new double[][] {{1, 0}, {2, 0}}, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 1 sums to 0");
        assertThatThrownBy(() -> ChiSquareTest.independence(new double[][] {{1, 2}, {2}}, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 columns");
        assertThatThrownBy(() -> ChiSquareTest.independence(new double[][] {{1, -2}, {2, 3}}, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2.0").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> ChiSquareTest.expected(new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void rejectsBadGoodnessOfFitInput() {
        assertThatThrownBy(() -> ChiSquareTest.goodnessOfFit(new double[] {5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 categories");
        assertThatThrownBy(() -> ChiSquareTest.goodnessOfFit(new double[] {5, 5}, new double[] {6, 6}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 10.0").hasMessageContaining("12.0");
        assertThatThrownBy(() -> ChiSquareTest.goodnessOfFit(new double[] {5, 5}, new double[] {10, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected count 1").hasMessageContaining("> 0");
        assertThatThrownBy(() -> ChiSquareTest.goodnessOfFit(new double[] {5, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observed[1] = NaN");
    }
}
