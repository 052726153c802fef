package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.InvalidInputException;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class StftTest {

    /**
     * Golden: librosa 0.10 stft definition in NumPy 1.24.2 / SciPy 1.10.1 (tools/golden/signal_dsp.py
     * stft(): get_window periodic, pad_center, np.pad(n_fft//2, pad_mode), rfft); 1e-9 relative to the
     * largest |X|. Cases cover even and odd nFft, win &lt; nFft, center with zeros and reflect (also
     * reflect beyond one signal length), and no center.
     */
    @Test
    void matchesLibrosaStftDefinition() {
        JsonNode cases = Golden.load("golden/signal_dsp/stft.json").get("cases");
        for (JsonNode c : cases) {
            double[] x = TestSignals.fromFixture(c);
            Stft stft = new Stft(new Stft.Config(c.get("nFft").asInt(), c.get("win").asInt(), c.get("hop").asInt(),
                    Window.valueOf(c.get("window").asText().toUpperCase()), c.get("center").asBoolean(),
                    c.get("padMode").asText().equals("reflect") ? PadMode.REFLECT : PadMode.ZEROS));
            Stft.ComplexFrames z = stft.transform(x);
            double[][] re = Golden.matrix(c.get("re"));
            double[][] im = Golden.matrix(c.get("im"));
            assertThat(z.re().length).as("frames").isEqualTo(re.length).isEqualTo(stft.frameCount(x.length));
            double scale = 0;
            for (int t = 0; t < re.length; t++) {
                for (int k = 0; k < re[t].length; k++) {
                    scale = Math.max(scale, Math.hypot(re[t][k], im[t][k]));
                }
            }
            assertThat(TestSignals.measured("stft (rel. to max |X|)", TestSignals.maxAbsDiff(z.re(), re) / scale)).as("re %s", c.get("signal")).isLessThan(1e-9);
            assertThat(TestSignals.maxAbsDiff(z.im(), im) / scale).as("im %s", c.get("signal")).isLessThan(1e-9);

            double[][] power = stft.power(x, 2.0);
            for (int t = 0; t < re.length; t++) {
                for (int k = 0; k < re[t].length; k++) {
                    double expected = re[t][k] * re[t][k] + im[t][k] * im[t][k];
                    assertThat(power[t][k]).isCloseTo(expected, within(1e-9 * scale * scale));
                }
            }
        }
    }

    @Test
    void parsevalForARectangularFrame() {
        // Σ|X[k]|² over the full spectrum = n·Σx²; the one-sided bins count twice except DC and Nyquist.
        double[] x = TestSignals.lcgUniform(64, 5);
        Stft stft = new Stft(new Stft.Config(64, 64, 64, Window.RECTANGULAR, false, PadMode.ZEROS));
        double[] p = stft.power(x, 2.0)[0];
        double full = p[0] + p[32];
        for (int k = 1; k < 32; k++) {
            full += 2 * p[k];
        }
        double energy = 0;
        for (double v : x) {
            energy += v * v;
        }
        assertThat(full).isCloseTo(64 * energy, within(1e-10 * 64 * energy));
    }

    @Test
    void framesAndTimes() {
        Stft stft = new Stft(Stft.Config.defaults());
        assertThat(stft.frameCount(16000)).isEqualTo(101); // 1 + 16000 // 160
        assertThat(stft.frameTime(100, 16000)).isEqualTo(1.0);
        Stft uncentred = new Stft(Stft.Config.defaults().withCenter(false, PadMode.ZEROS));
        assertThat(uncentred.frameCount(511)).isZero();
        assertThat(uncentred.frameTime(0, 16000)).isEqualTo(256 / 16000.0);
    }

    @Test
    void degenerateConfigsAndInputsFailClearly() {
        assertThatThrownBy(() -> Stft.Config.defaults().withWinLength(600))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("winLength 600 exceeds nFft 512");
        assertThatThrownBy(() -> Stft.Config.defaults().withHopLength(0)).hasMessageContaining("hopLength 0 must be > 0");
        Stft uncentred = new Stft(Stft.Config.defaults().withCenter(false, PadMode.ZEROS));
        assertThatThrownBy(() -> uncentred.power(new double[100], 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("100 samples, fewer than nFft 512");
        assertThatThrownBy(() -> new Stft(Stft.Config.defaults()).power(new double[] {1, Double.NaN}, 2))
                .hasMessageContaining("x[1] is NaN");
    }
}
