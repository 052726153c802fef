package org.avrs.signal.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.avrs.signal.TestSignals;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SIMD log-mel and MFCC path equals the scalar JTransforms path to rounding, for the configurations
 * whose framing differs in kind: the window's offset in the FFT frame even or odd, no offset, no
 * centring, reflect padding, magnitude instead of power, no top-dB floor, a lifter, and signals with
 * fewer frames than lanes or a last block only partly filled.
 */
class LaneLogMelTest {

    static Stream<Arguments> configs() {
        Mfcc.Config d = Mfcc.Config.defaults();
        LogMel.Config lm = d.logMel();
        return Stream.of(
                Arguments.of("defaults", d),
                Arguments.of("odd window offset (win 401)", d.withWinLength(401)),
                Arguments.of("window fills the frame", d.withNFft(1024).withWinLength(1024).withHopLength(256)),
                Arguments.of("HTK mel, 64 bands, 20 coefficients", d.withHtk(true).withNMels(64).withNMfcc(20)),
                Arguments.of("no centring", new Mfcc.Config(lm.withStft(lm.stft().withCenter(false, PadMode.ZEROS)), 13, 0)),
                Arguments.of("reflect padding, Hamming",
                        new Mfcc.Config(lm.withStft(lm.stft().withCenter(true, PadMode.REFLECT).withWindow(Window.HAMMING)), 13, 0)),
                Arguments.of("magnitude, no floor", new Mfcc.Config(lm.withPower(1.0)
                        .withDb(new PowerToDb.Config(1.0, 1e-10, Double.POSITIVE_INFINITY)), 13, 0)),
                Arguments.of("lifter 22, ref 2", new Mfcc.Config(lm.withDb(new PowerToDb.Config(2.0, 1e-10, 80)), 13, 22)),
                Arguments.of("nFft 8", new Mfcc.Config(new LogMel.Config(16000, new Stft.Config(8, 8, 4, Window.HANN, true,
                        PadMode.ZEROS), 2.0, lm.mel().withNMels(2).withFmin(1000), lm.db()), 2, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void simdEqualsScalar(String name, Mfcc.Config config) {
        Mfcc mfcc = new Mfcc(config);
        assertThat(mfcc.logMel().lanes()).as("the SIMD path is taken for %s", name).isNotNull();
        for (int n : new int[] {1, 700, 1_601, 16_000}) { // 1 frame, a partial block, several blocks
            if (!config.logMel().stft().center() && n < config.logMel().stft().nFft()) {
                continue;
            }
            double[] x = TestSignals.testSignal(n, 16000, n);
            LaneLogMel simd = mfcc.logMel().lanes();
            assertClose(LaneLogMel.rows(simd.blocks(x)), mfcc.logMel().computeScalar(x), name + ", log-mel, n " + n);
            assertClose(mfcc.computeLanes(simd, x), mfcc.computeScalar(x), name + ", MFCC, n " + n);
        }
    }

    private static void assertClose(double[][] simd, double[][] scalar, String what) {
        assertThat(simd.length).as(what + ": frames").isEqualTo(scalar.length);
        for (int t = 0; t < simd.length; t++) {
            assertThat(simd[t].length).isEqualTo(scalar[t].length);
            for (int i = 0; i < simd[t].length; i++) {
                assertThat(Math.abs(simd[t][i] - scalar[t][i])).as("%s: frame %d value %d", what, t, i)
                        .isLessThan(1e-9 * Math.max(1, Math.abs(scalar[t][i])));
            }
        }
    }
}
