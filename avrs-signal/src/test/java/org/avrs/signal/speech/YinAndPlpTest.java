package org.avrs.signal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Window;
import org.junit.jupiter.api.Test;

class YinAndPlpTest {

    /** The voiced/unvoiced test signal of signal_dsp.py voiced_signal(): harmonics of f0, then LCG noise. */
    private static double[] voiced(JsonNode c) {
        JsonNode s = c.get("signal");
        int n = s.get("n").asInt();
        double fs = s.get("fs").asDouble();
        double f0 = s.get("f0").asDouble();
        double[] x = new double[n];
        for (int i = 0; i < n / 2; i++) {
            double v = 0;
            for (int k = 1; k <= 5; k++) {
                v += (1.0 / k) * Math.sin(2 * Math.PI * k * f0 * (i / fs));
            }
            x[i] = v * 0.3;
        }
        double[] noise = TestSignals.lcgUniform(n - n / 2, s.get("seed").asLong());
        for (int i = n / 2; i < n; i++) {
            x[i] = 0.3 * noise[i - n / 2];
        }
        TestSignals.checkInput(x, c.get("input"));
        return x;
    }

    /**
     * Golden: AVRS's YIN definition computed directly (no FFT) in NumPy (tools/golden/signal_dsp.py yin());
     * voiced flags equal, f0 and aperiodicity within 1e-6 relative (the FFT route rounds differently).
     */
    @Test
    void yinMatchesTheDirectReference() {
        for (JsonNode c : Golden.load("golden/signal_dsp/yin.json").get("cases")) {
            double[] x = voiced(c);
            JsonNode p = c.get("params");
            Yin.Config d = Yin.Config.defaults();
            Yin.Config config = new Yin.Config(c.get("signal").get("fs").asDouble(),
                    p.has("fmin") ? p.get("fmin").asDouble() : d.fmin(), p.has("fmax") ? p.get("fmax").asDouble() : d.fmax(),
                    p.has("win_length") ? p.get("win_length").asInt() : d.windowLength(),
                    p.has("hop_length") ? p.get("hop_length").asInt() : d.hopLength(),
                    p.has("threshold") ? p.get("threshold").asDouble() : d.threshold(), true);
            FeatureMatrix m = new Yin(config).extract(Signal.of(config.sampleRate(), x));
            assertThat(m.column("voiced")).as("voiced %s", p).containsExactly(Golden.doubles(c.get("voiced")));
            assertThat(TestSignals.measured("yin f0 (rel)", TestSignals.maxRelDiff(m.column("f0"),
                    Golden.doubles(c.get("f0"))))).as("f0 %s", p)
                    .isLessThan(1e-6);
            assertThat(TestSignals.maxAbsDiff(m.column("aperiodicity"), Golden.doubles(c.get("aperiodicity"))))
                    .as("aperiodicity %s", p).isLessThan(1e-6);
            // the voiced half gives the true f0
            double f0 = c.get("signal").get("f0").asDouble();
            for (int t = 3; t < m.rowCount() / 2 - 3; t++) {
                assertThat(m.get(t, "f0")).isCloseTo(f0, within(0.01 * f0));
            }
        }
    }

    @Test
    void yinRejectsAnImpossibleRange() {
        assertThatThrownBy(() -> new Yin.Config(16000, 500, 60, 400, 160, 0.1, true))
                .hasMessageContaining("fmin < fmax");
        assertThatThrownBy(() -> new Yin.Config(16000, 60, 9000, 400, 160, 0.1, true))
                .hasMessageContaining("8000.0 Hz (half the sample rate)");
    }

    /**
     * Golden: AVRS's PLP definition transcribed in NumPy/SciPy with another route (irfft autocorrelation,
     * scipy.linalg.solve_toeplitz for the LPC; tools/golden/signal_dsp.py plp()): defaults, and an 8 kHz
     * config with 17 bands in 100–3800 Hz, order 8, 10 cepstra; inputs with silent frames. 1e-8 absolute.
     */
    @Test
    void plpMatchesTheNumpyReference() {
        for (JsonNode c : Golden.load("golden/signal_dsp/plp.json").get("cases")) {
            double[] x = TestSignals.fromFixture(c);
            JsonNode p = c.get("params");
            double fs = c.get("signal").get("fs").asDouble();
            Plp.Config d = Plp.Config.defaults();
            Stft.Config stft = p.has("n_fft") ? new Stft.Config(p.get("n_fft").asInt(), p.get("win_length").asInt(),
                    p.get("hop_length").asInt(), Window.HANN, true, PadMode.ZEROS) : d.stft();
            Plp.Config config = new Plp.Config(fs, stft, p.has("n_bands") ? p.get("n_bands").asInt() : d.nBands(),
                    p.has("order") ? p.get("order").asInt() : d.order(),
                    p.has("n_ceps") ? p.get("n_ceps").asInt() : d.nCeps(),
                    p.has("fmin") ? p.get("fmin").asDouble() : d.fmin(),
                    p.has("fmax") ? p.get("fmax").asDouble() : d.fmax(), d.compression());
            double[][] actual = new Plp(config).compute(x);
            assertThat(TestSignals.measured("plp (abs)", TestSignals.maxAbsDiff(actual,
                    Golden.matrix(c.get("plp"))))).as("plp %s", p)
                    .isLessThan(1e-8);
        }
    }

    @Test
    void levinsonRecoversAKnownAr2Model() {
        // AR(2) x[n] = 1.5x[n−1] − 0.7x[n−2] + e: autocorrelation by the Yule–Walker equations, σe² = 1
        double a1 = -1.5;
        double a2 = 0.7;
        double rho1 = -a1 / (1 + a2);
        double rho2 = -a1 * rho1 - a2;
        double r0 = 1 / (1 + a1 * rho1 + a2 * rho2);
        double[] r = {r0, r0 * rho1, r0 * rho2};
        double[] a = new double[3];
        double error = Plp.levinson(r, a, new double[3]);
        assertThat(a).containsExactly(new double[] {1, a1, a2}, within(1e-12));
        assertThat(error).isCloseTo(1.0, within(1e-12));
        // cepstrum of 1/A(z): c1 = −a1, c2 = −a2 + a1²/2
        double[] c = Plp.cepstra(a, error, 3);
        assertThat(c[1]).isCloseTo(-a1, within(1e-12));
        assertThat(c[2]).isCloseTo(-a2 + a1 * a1 / 2, within(1e-12));
    }
}
