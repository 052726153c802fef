package org.avrs.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestResultTest {

    @Test
    void checksItsFields() {
        assertThatThrownBy(() -> new TestResult(" ", 1, 1, Double.NaN, 0.5, "", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name its test");
        assertThatThrownBy(() -> new TestResult("t", 1, Double.NaN, Double.NaN, 0.5, "", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degrees of freedom NaN");
        assertThatThrownBy(() -> new TestResult("t", 1, 1, Double.NaN, 1.5, "", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-value 1.5");
    }

    @Test
    void significanceNeedsAValidAlphaAndIsFalseForNaN() {
        TestResult r = new TestResult("t", 2, 10, Double.NaN, 0.03, "", Double.NaN);
        assertThat(r.significantAt(0.05)).isTrue();
        assertThat(r.significantAt(0.01)).isFalse();
        assertThat(new TestResult("t", Double.NaN, 1, Double.NaN, Double.NaN, "", Double.NaN).significantAt(0.05)).isFalse();
        assertThatThrownBy(() -> r.significantAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
    }

    @Test
    void printsBothDegreesOfFreedomOfF() {
        TestResult f = new TestResult("anova", 4.5, 2, 14, 0.031, "partial η²", 0.39);
        assertThat(f.toString()).isEqualTo("anova: statistic 4.5000 (df 2, 14), p = 0.03100, partial η² = 0.3900");
    }
}
