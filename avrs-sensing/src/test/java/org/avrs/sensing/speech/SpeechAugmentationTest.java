package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.avrs.signal.dsp.RealFft;
import org.junit.jupiter.api.Test;

class SpeechAugmentationTest {

    private static final int RATE = SegmentFeatures.RATE;

    private static double[] sine(double f, double seconds) {
        double[] x = new double[(int) (RATE * seconds)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * f * i / RATE);
        }
        return x;
    }

    /** The frequency of the strongest FFT bin of the middle 16384 samples, refined by a parabola. */
    private static double peak(double[] x) {
        int n = 16384;
        double[] buf = new double[n];
        int from = (x.length - n) / 2;
        for (int i = 0; i < n; i++) {
            buf[i] = x[from + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
        }
        RealFft fft = new RealFft(n);
        fft.forward(buf);
        double[] p = new double[fft.bins()];
        fft.power(buf, 1, p);
        int k = 1;
        for (int i = 2; i < p.length - 1; i++) {
            if (p[i] > p[k]) {
                k = i;
            }
        }
        double a = Math.log(p[k - 1]);
        double b = Math.log(p[k]);
        double c = Math.log(p[k + 1]);
        return (k + 0.5 * (a - c) / (a - 2 * b + c)) * RATE / n;
    }

    @Test
    void twoSemitonesUpMove440HzTo493_9HzAndKeepTheLength() {
        double[] x = sine(440, 2.0);
        double[] up = SpeechAugmentation.pitchShift(x, 2);
        assertThat(up).hasSize(x.length);
        // 440 · 2^(2/12) = 493.88 Hz
        assertThat(peak(up)).isCloseTo(493.88, within(1.5));
        assertThat(peak(SpeechAugmentation.pitchShift(x, -2))).isCloseTo(392.00, within(1.5));
    }

    @Test
    void timeStretchKeepsThePitch() {
        double[] x = sine(300, 1.5);
        double[] slow = SpeechAugmentation.timeStretch(x, 0.8);
        assertThat(slow.length).isCloseTo((int) Math.round(x.length / 0.8), within(1));
        assertThat(peak(slow)).isCloseTo(300, within(1.0));
    }

    @Test
    void noiseHasTheRequestedSnr() {
        double[] x = sine(200, 2.0);
        double power = SpeechAugmentation.meanPower(x);
        for (double snr : new double[] {-20, 0, 10, 40}) {
            double[] y = SpeechAugmentation.withNoise(x, power, snr, new Random(5));
            double noise = 0;
            for (int i = 0; i < x.length; i++) {
                noise += (y[i] - x[i]) * (y[i] - x[i]);
            }
            double measured = 10 * Math.log10(power / (noise / x.length));
            assertThat(measured).as("SNR %s dB", snr).isCloseTo(snr, within(0.1));
        }
    }

    @Test
    void shiftMovesContentAndFillsWithZeros() {
        double[] x = {1, 2, 3};
        assertThat(SpeechAugmentation.shift(x, 2, 6)).containsExactly(0, 0, 1, 2, 3, 0);
        assertThat(SpeechAugmentation.shift(x, -1, 4)).containsExactly(2, 3, 0, 0);
    }

    @Test
    void anAugmentedCopyIsSeededAndFitsTheSegment() {
        SpeechAugmentation a = SpeechAugmentation.p7(1);
        double[] x = sine(220, 1.0);
        double[] c1 = a.augment(x, 48000, new Random(9));
        double[] c2 = a.augment(x, 48000, new Random(9));
        assertThat(c1).hasSize(48000).containsExactly(c2);
        assertThat(a.augment(x, 48000, new Random(10))).isNotEqualTo(c1);
    }
}
