package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class WindowTest {

    /** Golden: scipy 1.10.1 scipy.signal.get_window(name, n, fftbins=periodic), tools/golden/signal_dsp.py; 1e-14. */
    @Test
    void matchesScipyGetWindow() {
        JsonNode cases = Golden.load("golden/signal_dsp/windows.json").get("cases");
        assertThat(cases.size()).isGreaterThan(40);
        for (JsonNode c : cases) {
            int n = c.get("n").asInt();
            boolean periodic = c.get("periodic").asBoolean();
            double[] actual = switch (c.get("window").asText()) {
                case "boxcar" -> Window.RECTANGULAR.get(n, periodic);
                case "hann" -> Window.HANN.get(n, periodic);
                case "hamming" -> Window.HAMMING.get(n, periodic);
                case "blackman" -> Window.BLACKMAN.get(n, periodic);
                case "kaiser" -> Window.kaiser(n, c.get("beta").asDouble(), periodic);
                default -> throw new AssertionError(c.get("window").asText());
            };
            assertThat(TestSignals.maxAbsDiff(actual, Golden.doubles(c.get("values"))))
                    .as("%s n=%d periodic=%s", c.get("window").asText(), n, periodic).isLessThan(1e-14);
        }
    }

    @Test
    void periodicHannSumsToHalfItsLength() {
        double sum = 0;
        for (double v : Window.HANN.periodic(400)) {
            sum += v;
        }
        assertThat(sum).isCloseTo(200.0, within(1e-12));
    }

    @Test
    void besselI0MatchesKnownValues() {
        // I0(1) = 1.2660658777520082, I0(5) = 27.239871823604442 (Abramowitz & Stegun table 9.8)
        assertThat(Window.besselI0(1.0)).isCloseTo(1.2660658777520082, within(1e-15));
        assertThat(Window.besselI0(5.0)).isCloseTo(27.239871823604442, within(1e-13));
    }

    @Test
    void rejectsNegativeLengthAndBeta() {
        assertThatThrownBy(() -> Window.HANN.get(-1, true)).hasMessageContaining("window length -1");
        assertThatThrownBy(() -> Window.kaiser(8, Double.NaN, false)).hasMessageContaining("Kaiser beta NaN");
    }
}
