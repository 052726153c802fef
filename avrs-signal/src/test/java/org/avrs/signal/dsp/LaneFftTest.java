package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SIMD FFT against a direct DFT, every lane a different signal. The build runs tests with
 * {@code --add-modules jdk.incubator.vector}, so the lane paths are what these tests exercise.
 */
class LaneFftTest {

    @Test
    void theTestJvmHasTheVectorApi() {
        assertThat(VectorLanes.available())
                .as("surefire's argLine adds jdk.incubator.vector; without it the SIMD paths go untested")
                .isTrue();
        assertThat(LaneFft.lanes()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 4, 8, 32, 128, 256, 1024}) // odd and even numbers of radix-4 stages, one radix-2
    void equalsTheDirectDft(int n) {
        int lanes = LaneFft.lanes();
        double[][] re = new double[lanes][];
        double[][] im = new double[lanes][];
        double[] packedRe = new double[n * lanes];
        double[] packedIm = new double[n * lanes];
        for (int l = 0; l < lanes; l++) {
            re[l] = TestSignals.lcgUniform(n, 11 + l);
            im[l] = TestSignals.lcgUniform(n, 101 + l);
            for (int j = 0; j < n; j++) {
                packedRe[j * lanes + l] = re[l][j];
                packedIm[j * lanes + l] = im[l][j];
            }
        }
        new LaneFft(n).forward(packedRe, packedIm, new double[n * lanes], new double[n * lanes]);
        for (int l = 0; l < lanes; l++) {
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    double a = -2 * Math.PI * ((long) j * k % n) / n;
                    sr += re[l][j] * Math.cos(a) - im[l][j] * Math.sin(a);
                    si += re[l][j] * Math.sin(a) + im[l][j] * Math.cos(a);
                }
                assertThat(Math.hypot(packedRe[k * lanes + l] - sr, packedIm[k * lanes + l] - si))
                        .as("lane %d bin %d of %d", l, k, n).isLessThan(1e-12 * n);
            }
        }
    }

    @Test
    void refusesSizesThatAreNotPowersOfTwo() {
        assertThatThrownBy(() -> new LaneFft(12)).hasMessageContaining("power of two");
        assertThatThrownBy(() -> new LaneFft(1)).hasMessageContaining("power of two");
    }
}
