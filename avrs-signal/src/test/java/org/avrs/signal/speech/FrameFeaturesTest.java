package org.avrs.signal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class FrameFeaturesTest {

    /**
     * Golden: NumPy transcriptions of librosa 0.10 feature.zero_crossing_rate, feature.rms (from y),
     * spectral_centroid and spectral_rolloff, and AVRS's spectral flux (tools/golden/signal_dsp.py
     * gen_frame_features); inputs with exact zeros and values below the 1e-10 threshold. ZCR exact (a ratio
     * of counts), others 1e-9 relative.
     */
    @Test
    void matchLibrosaDefinitions() {
        for (JsonNode c : Golden.load("golden/signal_dsp/frame_features.json").get("cases")) {
            double[] x = TestSignals.fromFixture(c);
            double fs = c.get("signal").get("fs").asDouble();
            JsonNode p = c.get("params");
            FrameConfig frames = new FrameConfig(fs, p.has("frame_length") ? p.get("frame_length").asInt() : 400,
                    p.has("hop_length") ? p.get("hop_length").asInt() : 160,
                    !p.has("center") || p.get("center").asBoolean());
            Signal s = Signal.of(fs, x);
            assertThat(new ZeroCrossingRate(frames).extract(s).column("zcr")).as("zcr %s", p)
                    .containsExactly(Golden.doubles(c.get("zcr")));
            assertThat(TestSignals.maxRelDiff(new Energy(frames).extract(s).column("rms"),
                    Golden.doubles(c.get("rms")))).as("rms %s", p).isLessThan(1e-9);
            FeatureMatrix shape = new SpectralShape(new SpectralShape.Config(fs,
                    SpectralShape.Config.defaults().stft(), 0.85)).extract(s);
            assertThat(TestSignals.measured("spectral centroid (rel)", TestSignals.maxRelDiff(shape.column("centroid"),
                    Golden.doubles(c.get("centroid")))))
                    .as("centroid").isLessThan(1e-9);
            assertThat(shape.column("rolloff")).as("rolloff").containsExactly(Golden.doubles(c.get("rolloff")),
                    within(1e-9));
            assertThat(TestSignals.maxRelDiff(shape.column("flux"), Golden.doubles(c.get("flux")))).as("flux")
                    .isLessThan(1e-9);
        }
    }

    @Test
    void closedForms() {
        // a sine of f Hz crosses zero 2f times a second; its RMS is A/√2; energy = L·rms²
        double fs = 16000;
        double[] x = new double[16000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * 250 * i / fs + 0.1);
        }
        FrameConfig frames = new FrameConfig(fs, 640, 160, false); // 40 ms: whole periods
        double[] zcr = new ZeroCrossingRate(frames).compute(x);
        FeatureMatrix energy = new Energy(frames).extract(Signal.of(fs, x));
        for (int t = 0; t < zcr.length; t++) {
            assertThat(zcr[t] * fs).isCloseTo(500.0, within(fs / 640 + 1e-9)); // ±1 crossing per frame
            assertThat(energy.get(t, "rms")).isCloseTo(0.5 / Math.sqrt(2), within(1e-3));
            assertThat(energy.get(t, "energy")).isCloseTo(640 * Math.pow(energy.get(t, "rms"), 2), within(1e-9));
        }
        assertThat(energy.time(0)).isEqualTo(320 / fs);
        // a pure tone's centroid and roll-off sit at (about) its frequency
        FeatureMatrix shape = new SpectralShape(SpectralShape.Config.defaults()).extract(Signal.of(fs, x));
        assertThat(shape.get(50, "centroid")).isCloseTo(250.0, within(60.0));
        assertThat(shape.get(50, "rolloff")).isCloseTo(250.0, within(31.25));
    }

    @Test
    void rowsAlignWithMfcc() {
        Signal s = Signal.of(16000, TestSignals.testSignal(4321, 16000, 5));
        FeatureMatrix mfcc = new Mfcc(Mfcc.Config.defaults()).extract(s);
        FeatureMatrix zcr = new ZeroCrossingRate(FrameConfig.defaults()).extract(s);
        FeatureMatrix shape = new SpectralShape(SpectralShape.Config.defaults()).extract(s);
        assertThat(mfcc.withColumns(zcr).withColumns(shape).withColumns(new Energy(FrameConfig.defaults())
                .extract(s)).columnCount()).isEqualTo(13 + 1 + 3 + 2);
    }

    @Test
    void tooShortForAnUncentredFrame() {
        assertThatThrownBy(() -> new Energy(new FrameConfig(16000, 400, 160, false)).extract(
                Signal.of(16000, new double[100]))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a frame needs 400");
    }
}
