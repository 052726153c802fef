package org.avrs.signal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class MelFilterbankTest {

    private static final JsonNode GOLDEN = Golden.load("golden/signal_dsp/mel.json");

    /** Golden: librosa.hz_to_mel definitions in NumPy (tools/golden/signal_dsp.py); 1e-12. */
    @Test
    void melScalesMatchLibrosa() {
        double[] hz = Golden.doubles(GOLDEN.get("hz"));
        double[] slaney = Golden.doubles(GOLDEN.get("slaneyMel"));
        double[] htk = Golden.doubles(GOLDEN.get("htkMel"));
        for (int i = 0; i < hz.length; i++) {
            assertThat(MelScale.SLANEY.toMel(hz[i])).isCloseTo(slaney[i], within(1e-12));
            assertThat(MelScale.HTK.toMel(hz[i])).isCloseTo(htk[i], within(1e-12));
            assertThat(MelScale.SLANEY.toHz(slaney[i])).isCloseTo(hz[i], within(1e-9));
            assertThat(MelScale.HTK.toHz(htk[i])).isCloseTo(hz[i], within(1e-9));
        }
        assertThat(MelScale.SLANEY.toMel(1000.0)).isCloseTo(15.0, within(1e-14));
    }

    /**
     * Golden: librosa.filters.mel definition in NumPy float64 (tools/golden/signal_dsp.py mel_filters), for
     * Slaney and HTK scales, Slaney and no norm, fmin/fmax inside the band; weights within 1e-12 of
     * their row maximum, edge frequencies within 1e-9 Hz.
     */
    @Test
    void filterbankMatchesLibrosaFiltersMel() {
        for (JsonNode c : GOLDEN.get("cases")) {
            MelFilterbank.Config config = new MelFilterbank.Config(c.get("nMels").asInt(), c.get("fmin").asDouble(),
                    c.get("fmax").asDouble(), c.get("htk").asBoolean() ? MelScale.HTK : MelScale.SLANEY,
                    c.get("norm").asText().equals("slaney") ? MelFilterbank.Norm.SLANEY : MelFilterbank.Norm.NONE);
            MelFilterbank fb = new MelFilterbank(config, c.get("sr").asDouble(), c.get("nFft").asInt());
            double[] edges = Golden.doubles(c.get("melFrequencies"));
            assertThat(TestSignals.maxAbsDiff(fb.edgeFrequencies(), edges)).isLessThan(1e-9);
            double[][] w = fb.weights();
            int[] first = Golden.ints(c.get("firstBin"));
            for (int i = 0; i < w.length; i++) {
                double[] expected = new double[fb.bins()];
                double[] nonZero = Golden.doubles(c.get("weights").get(i));
                System.arraycopy(nonZero, 0, expected, first[i], nonZero.length);
                double peak = java.util.Arrays.stream(expected).max().orElseThrow();
                assertThat(TestSignals.measured("mel weights (rel. to peak)",
                        TestSignals.maxAbsDiff(w[i], expected) / peak)).as("%s filter %d", config, i)
                        .isLessThan(1e-12);
            }
        }
    }

    @Test
    void applyIsTheWeightedSumOfBins() {
        MelFilterbank fb = new MelFilterbank(MelFilterbank.Config.defaults(), 16000, 512);
        double[] spectrum = TestSignals.lcgUniform(257, 3);
        double[] out = new double[40];
        fb.apply(spectrum, out);
        double[][] w = fb.weights();
        for (int i = 0; i < 40; i++) {
            double s = 0;
            for (int k = 0; k < 257; k++) {
                s += w[i][k] * spectrum[k];
            }
            assertThat(out[i]).isCloseTo(s, within(1e-12));
        }
    }

    @Test
    void degenerateConfigsFailWithAClearMessage() {
        assertThatThrownBy(() -> new MelFilterbank(MelFilterbank.Config.defaults().withFmax(9000), 16000, 512))
                .hasMessageContaining("fmax 9000.0 Hz exceeds the Nyquist frequency 8000.0 Hz");
        assertThatThrownBy(() -> new MelFilterbank(MelFilterbank.Config.defaults().withNMels(128), 16000, 256))
                .hasMessageContaining("covers no FFT bin").hasMessageContaining("increase nFft, reduce nMels");
        assertThatThrownBy(() -> new MelFilterbank(MelFilterbank.Config.defaults().withFmin(8000), 16000, 512))
                .hasMessageContaining("fmin 8000.0 Hz must be below fmax 8000.0 Hz");
        assertThatThrownBy(() -> MelFilterbank.Config.defaults().withFmin(Double.NaN)).hasMessageContaining("fmin NaN");
        // fmax <= 0 counts down from Nyquist, as Kaldi's high-freq
        assertThat(MelFilterbank.Config.defaults().withFmax(-400).upperEdge(16000)).isEqualTo(7600.0);
    }
}
