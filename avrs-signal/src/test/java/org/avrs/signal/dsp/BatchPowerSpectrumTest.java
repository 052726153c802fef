package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class BatchPowerSpectrumTest {

    /**
     * Against JTransforms' real FFT ({@link RealFft}) frame by frame, every power-of-two size from 8 to
     * 4096, a full and a partial batch: |X[k]|² equal to 1e-12 relative to the largest power of the frame.
     */
    @Test
    void matchesTheScalarRealFft() {
        for (int n = 8; n <= 4096; n *= 2) {
            BatchPowerSpectrum plan = new BatchPowerSpectrum(n);
            RealFft fft = new RealFft(n);
            BatchPowerSpectrum.Workspace ws = plan.workspace();
            for (int count : new int[] {BatchPowerSpectrum.LANES, 5}) {
                double[][] frames = new double[count][];
                for (int b = 0; b < BatchPowerSpectrum.LANES; b++) {
                    java.util.Arrays.fill(ws.frame(b), 7.0); // stale values in unused lanes must not matter
                }
                for (int b = 0; b < count; b++) {
                    frames[b] = TestSignals.lcgUniform(n, 31L * n + b);
                    frames[b][b % n] += 3.0; // an impulse: a different spectrum per lane
                    System.arraycopy(frames[b], 0, ws.frame(b), 0, n);
                }
                plan.compute(ws, count);
                double worst = 0;
                for (int b = 0; b < count; b++) {
                    double[] packed = frames[b].clone();
                    fft.forward(packed);
                    double[] expected = new double[fft.bins()];
                    fft.power(packed, 2.0, expected);
                    double scale = java.util.Arrays.stream(expected).max().orElseThrow();
                    for (int k = 0; k < expected.length; k++) {
                        worst = Math.max(worst, Math.abs(ws.power()[k][b] - expected[k]) / scale);
                    }
                }
                for (int b = count; b < BatchPowerSpectrum.LANES; b++) {
                    for (double[] bin : ws.power()) {
                        assertThat(bin[b]).as("cleared lane %d", b).isZero();
                    }
                }
                assertThat(worst).as("n %d, %d frames", n, count).isLessThan(1e-12);
            }
        }
    }

    @Test
    void aPureToneLandsInItsBin() {
        int n = 64;
        BatchPowerSpectrum plan = new BatchPowerSpectrum(n);
        BatchPowerSpectrum.Workspace ws = plan.workspace();
        for (int b = 0; b < BatchPowerSpectrum.LANES; b++) {
            for (int j = 0; j < n; j++) {
                ws.frame(b)[j] = Math.cos(2 * Math.PI * 5 * j / n);
            }
        }
        plan.compute(ws, BatchPowerSpectrum.LANES);
        for (int k = 0; k < plan.bins(); k++) {
            double expected = k == 5 ? (n / 2.0) * (n / 2.0) : 0.0; // |X[5]| = n/2
            assertThat(ws.power()[k][7]).as("bin %d", k).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void rejectsSizesItCannotDo() {
        assertThat(BatchPowerSpectrum.supports(512)).isTrue();
        assertThat(BatchPowerSpectrum.supports(400)).isFalse();
        assertThat(BatchPowerSpectrum.supports(4)).isFalse();
        assertThatThrownBy(() -> new BatchPowerSpectrum(400)).hasMessageContaining("power of two");
        BatchPowerSpectrum.Workspace small = new BatchPowerSpectrum(8).workspace();
        assertThatThrownBy(() -> new BatchPowerSpectrum(16).compute(small, 1)).hasMessageContaining("size 8");
        assertThatThrownBy(() -> new BatchPowerSpectrum(8).compute(small, 33)).hasMessageContaining("33");
        Stft odd = new Stft(Stft.Config.defaults().withNFft(400));
        assertThat(odd.batchable()).isFalse();
        assertThatThrownBy(odd::batchWorkspace).hasMessageContaining("power-of-two");
    }

    /** Stft.power takes the batched path for nFft 512 and the per-frame path otherwise: same values. */
    @Test
    void stftPowerBatchedEqualsPerFrame() {
        double[] x = TestSignals.testSignal(16000, 16000, 3);
        for (double exponent : new double[] {2.0, 1.0, 0.5}) {
            Stft stft = new Stft(Stft.Config.defaults());
            double[][] batched = stft.power(x, exponent);
            double[] buf = new double[512];
            double worst = 0;
            for (int t = 0; t < batched.length; t++) {
                double[] row = new double[stft.bins()];
                stft.framePower(x, t, exponent, buf, row);
                for (int k = 0; k < row.length; k++) {
                    worst = Math.max(worst, Math.abs(row[k] - batched[t][k]) / Math.max(1.0, row[k]));
                }
            }
            assertThat(worst).as("exponent %s", exponent).isLessThan(1e-11);
        }
    }
}
