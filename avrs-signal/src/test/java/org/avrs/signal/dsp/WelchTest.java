package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.InvalidInputException;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class WelchTest {

    /**
     * Golden: scipy 1.10.1 scipy.signal.welch(x, fs, **params) (tools/golden/signal_dsp.py gen_welch):
     * defaults; Hamming with overlap 96, nfft 256, linear detrend, spectrum scaling; no overlap, odd nfft,
     * no detrend; Blackman two-sided; rectangular two-sided odd nfft with linear detrend. PSD within 1e-9
     * relative to its largest value, frequencies within 1e-12 Hz.
     */
    @Test
    void matchesScipyWelch() {
        for (JsonNode c : Golden.load("golden/signal_dsp/welch.json").get("cases")) {
            double[] x = TestSignals.fromFixture(c);
            JsonNode p = c.get("params");
            int nperseg = p.get("nperseg").asInt();
            Welch.Config config = new Welch.Config(
                    p.has("window") ? window(p.get("window").asText()) : Window.HANN, nperseg,
                    p.has("noverlap") ? p.get("noverlap").asInt() : nperseg / 2,
                    p.has("nfft") ? p.get("nfft").asInt() : nperseg,
                    p.has("detrend") ? Welch.Detrend.valueOf(p.get("detrend").asText().toUpperCase())
                            : Welch.Detrend.CONSTANT,
                    p.has("scaling") ? Welch.Scaling.valueOf(p.get("scaling").asText().toUpperCase())
                            : Welch.Scaling.DENSITY,
                    !p.has("return_onesided") || p.get("return_onesided").asBoolean());
            Psd psd = new Welch(config).psd(x, c.get("signal").get("fs").asDouble());
            assertThat(TestSignals.maxAbsDiff(psd.frequencies(), Golden.doubles(c.get("freqs")))).as("f %s", p)
                    .isLessThan(1e-12);
            assertThat(TestSignals.measured("welch (rel)", TestSignals.maxRelDiff(psd.values(),
                    Golden.doubles(c.get("psd"))))).as("psd %s", p)
                    .isLessThan(1e-9);
        }
    }

    private static Window window(String name) {
        return name.equals("boxcar") ? Window.RECTANGULAR : Window.valueOf(name.toUpperCase());
    }

    @Test
    void whiteNoiseDensityIsItsVarianceOverNyquist() {
        // uniform [-1, 1) noise has variance 1/3; a one-sided density of white noise is 2σ²/fs everywhere
        double fs = 200;
        double[] x = TestSignals.lcgUniform(200_000, 9);
        Psd psd = new Welch(Welch.Config.of(256)).psd(x, fs);
        double[] v = psd.values();
        double mean = 0;
        for (int k = 1; k < v.length - 1; k++) {
            mean += v[k];
        }
        mean /= v.length - 2;
        assertThat(mean).isCloseTo(2 * (1.0 / 3) / fs, within(0.02 * 2 / 3 / fs));
        // total band power over [0, fs/2) ≈ the variance
        assertThat(psd.bandPower(0, fs / 2)).isCloseTo(1.0 / 3, within(0.01));
    }

    @Test
    void sineAmplitudeFromSpectrumScaling() {
        // spectrum scaling of a bin-centred sine of amplitude A gives A²/2 at its bin (one-sided)
        double fs = 256;
        double[] x = new double[2048];
        for (int i = 0; i < x.length; i++) {
            x[i] = 3 * Math.sin(2 * Math.PI * 32 * i / fs);
        }
        Welch.Config c = new Welch.Config(Window.HANN, 256, 128, 256, Welch.Detrend.CONSTANT,
                Welch.Scaling.SPECTRUM, true);
        double[] v = new Welch(c).psd(x, fs).values();
        assertThat(v[32]).isCloseTo(4.5, within(1e-9));
    }

    @Test
    void badConfigsAndShortSignalsFail() {
        assertThatThrownBy(() -> new Welch.Config(Window.HANN, 256, 256, 256, Welch.Detrend.NONE,
                Welch.Scaling.DENSITY, true)).hasMessageContaining("noverlap 256 must be less than nperseg 256");
        assertThatThrownBy(() -> new Welch.Config(Window.HANN, 256, 0, 128, Welch.Detrend.NONE,
                Welch.Scaling.DENSITY, true)).hasMessageContaining("nfft 128 must be at least nperseg 256");
        assertThatThrownBy(() -> new Welch(Welch.Config.defaults()).psd(new double[100], 128))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("fewer than the Welch segment length");
        Psd twoSided = new Welch(new Welch.Config(Window.HANN, 64, 32, 64, Welch.Detrend.CONSTANT,
                Welch.Scaling.DENSITY, false)).psd(new double[200], 100);
        assertThatThrownBy(() -> twoSided.bandPower(1, 4)).hasMessageContaining("one-sided density");
    }
}
