package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class SosFilterTest {

    private static final JsonNode GOLDEN = Golden.load("golden/signal_dsp/sosfilt.json");

    private static double[] input() {
        JsonNode s = GOLDEN.get("signal");
        double[] x = TestSignals.testSignal(s.get("n").asInt(), s.get("fs").asDouble(), s.get("seed").asLong());
        TestSignals.checkInput(x, GOLDEN.get("input"));
        return x;
    }

    /**
     * Golden: scipy 1.10.1 sosfilt, sosfilt_zi, sosfilt(zi=zi·x[0]) and sosfiltfilt with padtype odd
     * (default), even, constant, None, and padlen 50 (tools/golden/signal_dsp.py gen_sosfilt), on the
     * SciPy-designed sections; 1e-9 relative to the largest |output|.
     */
    @Test
    void matchesScipySosfiltAndSosfiltfilt() {
        double[] x = input();
        for (JsonNode c : GOLDEN.get("cases")) {
            Sos sos = new Sos(Golden.matrix(c.get("sos")), c.get("fs").asDouble());
            String what = c.get("btype").asText() + " order " + c.get("order").asInt();
            assertThat(TestSignals.measured("sosfilt (rel)",
                    TestSignals.maxRelDiff(SosFilter.filter(sos, x), Golden.doubles(c.get("sosfilt")))))
                    .as("sosfilt %s", what).isLessThan(1e-9);
            double[][] zi = sos.zi();
            double[][] expectedZi = Golden.matrix(c.get("zi"));
            assertThat(TestSignals.maxAbsDiff(zi, expectedZi)).as("zi %s", what).isLessThan(1e-9);
            double[][] scaled = new double[zi.length][2];
            for (int s = 0; s < zi.length; s++) {
                scaled[s][0] = zi[s][0] * x[0];
                scaled[s][1] = zi[s][1] * x[0];
            }
            assertThat(TestSignals.maxRelDiff(SosFilter.filter(sos, x, scaled), Golden.doubles(c.get("sosfiltZi"))))
                    .as("sosfilt zi %s", what).isLessThan(1e-9);
            check(SosFilter.filtfilt(sos, x), c.get("filtfiltOdd"), "odd " + what);
            int pad = sos.defaultPadLength();
            check(SosFilter.filtfilt(sos, x, PadMode.REFLECT, pad), c.get("filtfiltEven"), "even " + what);
            check(SosFilter.filtfilt(sos, x, PadMode.EDGE, pad), c.get("filtfiltConstant"), "constant " + what);
            check(SosFilter.filtfilt(sos, x, PadMode.ODD, 0), c.get("filtfiltNone"), "none " + what);
            check(SosFilter.filtfilt(sos, x, PadMode.ODD, 50), c.get("filtfiltOddPad50"), "padlen 50 " + what);
        }
    }

    private static void check(double[] actual, JsonNode expected, String what) {
        assertThat(TestSignals.measured("sosfiltfilt (rel)", TestSignals.maxRelDiff(actual,
                Golden.doubles(expected)))).as("sosfiltfilt %s", what)
                .isLessThan(1e-9);
    }

    @Test
    void defaultPadLengthFollowsScipysRule() {
        // butter(4, ...) low-pass: 2 sections, no b2 = a2 = 0 section -> 3·(2·2+1) = 15
        assertThat(Butterworth.lowpass(4, 30, 250).defaultPadLength()).isEqualTo(15);
        // butter(5, ...) low-pass: 3 sections, the last first-order (b2 = a2 = 0) -> 3·(7 − 1) = 18
        assertThat(Butterworth.lowpass(5, 30, 250).defaultPadLength()).isEqualTo(18);
    }

    @Test
    void stepResponseFromSteadyStateIsFlat() {
        Sos sos = Butterworth.lowpass(4, 30, 250);
        double[] x = new double[100];
        java.util.Arrays.fill(x, 3.0);
        double[][] zi = sos.zi();
        for (double[] z : zi) {
            z[0] *= 3;
            z[1] *= 3;
        }
        for (double v : SosFilter.filter(sos, x, zi)) {
            assertThat(v).isCloseTo(3.0, within(1e-12));
        }
    }

    @Test
    void zeroPhaseKeepsAnInBandSinusoidInPlace() {
        Sos sos = Butterworth.bandpass(4, 8, 13, 256);
        double[] x = new double[2560];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * 10.3 * i / 256);
        }
        double[] y = SosFilter.filtfilt(sos, x);
        double gain = Math.pow(sos.magnitude(10.3)[0], 2); // |H|² after two passes
        for (int i = 512; i < 2048; i++) { // away from the edges
            assertThat(y[i]).isCloseTo(gain * x[i], within(1e-3));
        }
    }

    @Test
    void signalsAreFilteredPerChannelAtTheDesignRate() {
        Sos sos = Butterworth.lowpass(2, 10, 100);
        double[] a = TestSignals.lcgUniform(200, 1);
        double[] b = TestSignals.lcgUniform(200, 2);
        Signal out = SosFilter.filtfilt(sos, Signal.of(100, a, b));
        assertThat(out.channel(1)).containsExactly(SosFilter.filtfilt(sos, b));
        assertThatThrownBy(() -> SosFilter.filtfilt(sos, Signal.of(128, a)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("128.0 Hz");
        assertThatThrownBy(() -> SosFilter.filtfilt(sos, new double[9]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than the pad length 9");
    }
}
