package org.avrs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VadTest {

    @Test
    void coordinatesMustLieInTheCube() {
        assertThatThrownBy(() -> new Vad(1.01, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valence 1.01").hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> new Vad(0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arousal NaN");
        assertThatThrownBy(() -> new Vad(0, 0, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dominance -2.0");
    }

    @Test
    void clampedAcceptsSmallOvershootButNotNaN() {
        assertThat(Vad.clamped(1.0000001, -3, 0.5)).isEqualTo(new Vad(1, -1, 0.5));
        assertThatThrownBy(() -> Vad.clamped(0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void distanceAndArray() {
        assertThat(new Vad(1, 0, 0).distance(new Vad(0, 1, 0))).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(new Vad(0.1, 0.2, 0.3).toArray()).containsExactly(0.1, 0.2, 0.3);
        assertThat(new Vad(0.5, -0.25, 0).toString()).isEqualTo("(v +0.50, a -0.25, d +0.00)");
    }
}
