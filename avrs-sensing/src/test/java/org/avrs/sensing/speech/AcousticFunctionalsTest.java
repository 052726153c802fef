package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;

class AcousticFunctionalsTest {

    private static final AcousticFunctionals F = AcousticFunctionals.defaults();

    private static double value(double[] v, String name) {
        return v[F.names().indexOf(name)];
    }

    @Test
    void namesViewsAndDimensionAgree() {
        assertThat(F.viewDimension()).isEqualTo((3 * 20 + 26 + 5 + 1) * 10 + 2);
        assertThat(F.dimension()).isEqualTo(3 * F.viewDimension()).isEqualTo(2766);
        assertThat(F.names()).hasSize(F.dimension()).doesNotHaveDuplicates();
        assertThat(F.views()).extracting(UtteranceFeatures.View::name)
                .containsExactly("all-frames", "active-40dB", "active-30dB");
        assertThat(F.names().get(F.views().get(2).from())).isEqualTo("active-30dB/mfcc_0_mean");
    }

    @Test
    void settingsRoundTripAndOtherCodeVersionsAreRefused() {
        assertThat(UtteranceFeatures.fromProperties(F.toProperties())).isEqualTo(F);
        assertThat(UtteranceFeatures.fromProperties(SpeechFeatures.defaults().toProperties()))
                .isEqualTo(SpeechFeatures.defaults());
        var p = new java.util.HashMap<>(F.toProperties());
        p.put("codeVersion", "0");
        assertThatThrownBy(() -> AcousticFunctionals.fromProperties(p)).hasMessageContaining("code version");
        assertThatThrownBy(() -> F.withActiveDb(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void activeViewsIgnoreTrailingSilenceAndF0IsMeasured() {
        double rate = 22050;
        double[] x = SyntheticSpeech.voiced(rate, 0.8, 200, 0.3, new Random(3));
        double[] a = F.extract(Signal.of(rate, x), "tone");
        double[] b = F.extract(Signal.of(rate, SyntheticSpeech.padded(x, rate, 2.0)), "padded tone");
        // 1.2 s of zeros drag the all-frames minimum of log energy to the floor …
        assertThat(value(b, "all-frames/log_energy_min")).isLessThan(value(a, "all-frames/log_energy_min") - 20);
        // … but not the 30 dB view, which keeps only frames near the loudest
        assertThat(value(b, "active-30dB/log_energy_mean")).isCloseTo(value(a, "active-30dB/log_energy_mean"),
                within(0.5));
        assertThat(value(b, "active-30dB/mfcc_1_mean")).isCloseTo(value(a, "active-30dB/mfcc_1_mean"), within(0.5));
        // F0 of a 200 Hz tone with ±3 % vibrato: median ln F0 ≈ ln 200
        assertThat(value(a, "active-30dB/ln_f0_p50")).isCloseTo(Math.log(200), within(0.03));
        assertThat(value(a, "active-30dB/voiced_fraction")).isGreaterThan(0.8);
    }

    @Test
    void unusableRecordingsAreRefused() {
        assertThatThrownBy(() -> F.extract(Signal.of(8000, new double[8000]), "phone.wav"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("phone.wav").hasMessageContaining("8000 Hz");
        assertThatThrownBy(() -> F.extract(Signal.of(16000, new double[500]), "blip.wav"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too short");
    }
}
