package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class ButterworthTest {

    /**
     * Golden: scipy 1.10.1 scipy.signal.butter(order, cutoff, btype, output="sos", fs=fs) and
     * sosfreqz(sos, worN=64, fs=fs) (tools/golden/signal_dsp.py gen_butter), orders 1–8, all four types.
     * Each section's coefficients within 1e-9 of that section's largest coefficient (the gain section can
     * be ~1e-10 in absolute terms), magnitudes within 1e-9 absolute.
     */
    @Test
    void matchesScipyButterSos() {
        for (JsonNode c : Golden.load("golden/signal_dsp/butter.json").get("cases")) {
            double[] cutoffs = Golden.doubles(c.get("cutoff"));
            Butterworth.Type type = Butterworth.Type.valueOf(c.get("btype").asText().toUpperCase());
            Sos sos = Butterworth.design(c.get("order").asInt(), type, c.get("fs").asDouble(), cutoffs);
            double[][] expected = Golden.matrix(c.get("sos"));
            double[][] actual = sos.sections();
            assertThat(actual.length).as("sections of %s", c).isEqualTo(expected.length);
            for (int s = 0; s < expected.length; s++) {
                double scale = java.util.Arrays.stream(expected[s]).map(Math::abs).max().orElseThrow();
                assertThat(TestSignals.measured("butter sos (rel. to row)",
                        TestSignals.maxAbsDiff(actual[s], expected[s]) / scale)).as("%s section %d", c.get("btype"), s)
                        .isLessThan(1e-9);
            }
            double[] mag = sos.magnitude(Golden.doubles(c.get("freqs")));
            assertThat(TestSignals.measured("sosfreqz |H| (abs)", TestSignals.maxAbsDiff(mag,
                    Golden.doubles(c.get("magnitude"))))).as("|H| %s", c)
                    .isLessThan(1e-9);
        }
    }

    @Test
    void halfPowerAtTheCutoff() {
        // |H(fc)|² = 1/2 for every order (the pre-warping puts the analog cutoff exactly there)
        for (int order = 1; order <= 9; order++) {
            assertThat(Butterworth.lowpass(order, 40, 250).magnitude(40)[0])
                    .isCloseTo(Math.sqrt(0.5), within(1e-12));
            assertThat(Butterworth.highpass(order, 40, 250).magnitude(40)[0])
                    .isCloseTo(Math.sqrt(0.5), within(1e-12));
            Sos band = Butterworth.bandpass(order, 8, 13, 128);
            assertThat(band.magnitude(8, 13)).containsExactly(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)},
                    within(1e-9));
        }
    }

    @Test
    void badDesignsFailClearly() {
        assertThatThrownBy(() -> Butterworth.lowpass(4, 130, 250))
                .hasMessageContaining("cutoff 130.0 Hz must be in (0, 125.0) Hz");
        assertThatThrownBy(() -> Butterworth.bandpass(4, 13, 8, 128)).hasMessageContaining("must increase");
        assertThatThrownBy(() -> Butterworth.lowpass(0, 10, 250)).hasMessageContaining("filter order 0");
        assertThatThrownBy(() -> Butterworth.design(2, Butterworth.Type.BANDSTOP, 250, 50))
                .hasMessageContaining("needs 2 cutoff frequencies");
        assertThatThrownBy(() -> Butterworth.lowpass(2, Double.NaN, 250)).hasMessageContaining("cutoff NaN");
    }
}
