package org.avrs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffectFusionTest {

    private static final EmotionSet V = EmotionSet.VALENCE_BINARY;

    private static AffectEstimate estimate(Affect a, Modality m, double end) {
        return new AffectEstimate(a, m, new TimeSpan(Math.max(0, end - 1), end), "test");
    }

    @Test
    void weightsByConfidenceAndAge() {
        // both confident 1; the old one (age 10 s = one half-life) weighs 1/2, the new one 1
        AffectEstimate old = estimate(Affect.ofDistribution(V, new double[] {1, 0}, 1), Modality.SPEECH, 0);
        AffectEstimate recent = estimate(Affect.ofDistribution(V, new double[] {0, 1}, 1), Modality.FACE, 10);
        Affect fused = AffectFusion.of(V, 10).fuse(List.of(old, recent), 10);
        assertThat(fused.probability("high")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(fused.valence()).isCloseTo((0.5 * -0.5 + 1 * 0.5) / 1.5, within(1e-12));
        assertThat(fused.confidence()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void vadOnlyEstimatesMoveThePointButNotTheDistribution() {
        AffectEstimate labelled = estimate(Affect.ofDistribution(V, new double[] {0, 1}, 0.5), Modality.SPEECH, 5);
        AffectEstimate eeg = estimate(Affect.ofVad(new Vad(-0.9, 0.4, 0), 0.5), Modality.EEG, 5);
        Affect fused = AffectFusion.of(V, Double.POSITIVE_INFINITY).fuse(List.of(labelled, eeg), 5);
        assertThat(fused.probability("high")).isEqualTo(1.0);
        assertThat(fused.valence()).isCloseTo((0.5 - 0.9) / 2, within(1e-12));
        assertThat(fused.arousal()).isCloseTo(0.2, within(1e-12));
        assertThat(fused.confidence()).isCloseTo(0.5, within(1e-12));
        // without any distribution over the target the result is a point
        assertThat(AffectFusion.of(V, 1).fuse(List.of(eeg), 5).hasDistribution()).isFalse();
    }

    @Test
    void modalityWeightsScaleContributions() {
        AffectEstimate speech = estimate(Affect.ofDistribution(V, new double[] {1, 0}, 1), Modality.SPEECH, 1);
        AffectEstimate face = estimate(Affect.ofDistribution(V, new double[] {0, 1}, 1), Modality.FACE, 1);
        AffectFusion f = new AffectFusion(V, 60, Map.of(Modality.FACE, 3.0));
        assertThat(f.fuse(List.of(speech, face), 1).probability("high")).isCloseTo(0.75, within(1e-12));
        AffectFusion silenced = new AffectFusion(V, 60, Map.of(Modality.SPEECH, 0.0, Modality.FACE, 0.0));
        assertThatThrownBy(() -> silenced.fuse(List.of(speech, face), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight 0");
    }

    @Test
    void refusesBadConfiguration() {
        assertThatThrownBy(() -> AffectFusion.of(V, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("halfLifeSeconds 0.0");
        assertThatThrownBy(() -> AffectFusion.of(V, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("halfLifeSeconds NaN");
        assertThatThrownBy(() -> new AffectFusion(V, 1, Map.of(Modality.EEG, -1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EEG");
        assertThatThrownBy(() -> AffectFusion.of(V, 1).fuse(List.of(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no affect estimates");
    }

    @Test
    void refusesATimeThatIsNotFinite() {
        AffectEstimate e = estimate(Affect.ofVad(Vad.NEUTRAL, 1), Modality.EEG, 1);
        assertThatThrownBy(() -> AffectFusion.of(V, 1).fuse(List.of(e), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("now NaN");
    }
}
