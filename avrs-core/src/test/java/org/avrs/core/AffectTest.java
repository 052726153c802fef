package org.avrs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AffectTest {

    private static final EmotionSet V = EmotionSet.VALENCE_BINARY;

    @Test
    void fromDistributionTheVadIsItsExpectation() {
        Affect a = Affect.ofDistribution(V, new double[] {0.2, 0.8}, 0.9);
        assertThat(a.hasDistribution()).isTrue();
        assertThat(a.valence()).isCloseTo(0.3, within(1e-15)); // 0.2·(−0.5) + 0.8·0.5
        assertThat(a.arousal()).isZero();
        assertThat(a.probability("high")).isEqualTo(0.8);
        assertThat(a.dominantLabel()).contains("high");
        assertThat(a.emotions()).contains(V);
        assertThat(a.confidence()).isEqualTo(0.9);
        assertThat(a.toString()).isEqualTo("high 0.80 (v +0.30, a +0.00, d +0.00) conf 0.90");
    }

    @Test
    void distributionIsCopied() {
        double[] p = {0.5, 0.5};
        Affect a = Affect.ofDistribution(V, p, 1);
        p[0] = 1;
        a.distribution().orElseThrow()[0] = 1;
        assertThat(a.distribution().orElseThrow()).containsExactly(0.5, 0.5);
    }

    @Test
    void vadOnlyHasNoDistributionUntilAskedFor() {
        Affect a = Affect.ofVad(new Vad(0.4, 0.1, 0), 0.5);
        assertThat(a.hasDistribution()).isFalse();
        assertThat(a.probability("low")).isNaN();
        assertThat(a.dominantLabel()).isEmpty();
        Affect near = a.withDistributionNear(V, 0.1);
        assertThat(near.dominantLabel()).contains("high");
        assertThat(near.vad()).isEqualTo(a.vad());
    }

    @Test
    void separatelyEstimatedPointIsKept() {
        Affect a = Affect.of(V, new double[] {1, 0}, new Vad(0.2, 0.2, 0.2), 1);
        assertThat(a.vad()).isEqualTo(new Vad(0.2, 0.2, 0.2));
        assertThat(Affect.ofLabel(EmotionSet.EMODB, "sadness").vad()).isEqualTo(EmotionSet.EMODB.coordinates("sadness"));
        assertThat(a.withConfidence(0.3).confidence()).isEqualTo(0.3);
    }

    @Test
    void tiesGoToTheFirstLabel() {
        assertThat(Affect.ofDistribution(V, new double[] {0.5, 0.5}, 1).dominantLabel()).contains("low");
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Affect.ofVad(Vad.NEUTRAL, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence 1.5");
        assertThatThrownBy(() -> Affect.ofVad(Vad.NEUTRAL, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence NaN");
        assertThatThrownBy(() -> Affect.ofDistribution(V, new double[] {0.5, 0.6}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to");
        assertThatThrownBy(() -> Affect.ofLabel(V, "medium")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'medium'");
        assertThatThrownBy(() -> Affect.ofVad(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("vad");
    }
}
