package org.avrs.sensing.speech;

import java.util.Random;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.RealFft;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Window;

/**
 * The training-set augmentation of Sun, Li and Ma (2023, P7): each copy of a recording is pitch-shifted
 * by a uniform random amount in [−maxSemitones, maxSemitones], shifted in time by a uniform amount in
 * [−maxShiftSeconds, maxShiftSeconds] inside its zero-padded segment (zeros fill the gap), and mixed
 * with white Gaussian noise at a uniform random SNR in [minSnrDb, maxSnrDb] relative to the mean power
 * of the recording's own samples (P7: ±2 semitones, ±0.4 s, −20…40 dB). Only training speakers are
 * augmented; the callers keep it so.
 *
 * <p><b>Pitch shift</b> as librosa.effects.pitch_shift: a phase-vocoder time stretch by 2^(s/12)
 * (Flanagan and Golden 1966; Laroche and Dolson 1999, doi:10.1109/89.759041; STFT of 512 samples, hop
 * 128, Hann, centred; magnitudes interpolated between frames, phases advanced by the measured
 * instantaneous frequency), then resampling to the original length, which scales every frequency by
 * 2^(s/12) and keeps the duration. The resampling is linear interpolation (not band-limited): cheap,
 * and its small aliasing above 7 kHz is one more perturbation of a training copy.
 *
 * @param copies augmented copies per training recording (≥ 0)
 * @param maxSemitones largest pitch shift (≥ 0)
 * @param maxShiftSeconds largest time shift (≥ 0)
 * @param minSnrDb lowest SNR, dB
 * @param maxSnrDb highest SNR, dB (≥ minSnrDb)
 */
public record SpeechAugmentation(int copies, double maxSemitones, double maxShiftSeconds, double minSnrDb,
                                 double maxSnrDb) {

    private static final int N_FFT = 512;
    private static final int HOP = 128;

    public SpeechAugmentation {
        if (copies < 0) {
            throw new IllegalArgumentException("copies " + copies + " must be >= 0");
        }
        if (!(maxSemitones >= 0 && maxSemitones <= 24)) {
            throw new IllegalArgumentException("maxSemitones " + maxSemitones + " must be in [0, 24]");
        }
        if (!(maxShiftSeconds >= 0 && maxShiftSeconds < 60)) {
            throw new IllegalArgumentException("maxShiftSeconds " + maxShiftSeconds + " must be in [0, 60)");
        }
        if (!(minSnrDb <= maxSnrDb) || Double.isInfinite(minSnrDb) || Double.isInfinite(maxSnrDb)) {
            throw new IllegalArgumentException("SNR range [" + minSnrDb + ", " + maxSnrDb + "] dB must be finite, min <= max");
        }
    }

    /** P7's ranges with {@code copies} copies per recording. */
    public static SpeechAugmentation p7(int copies) {
        return new SpeechAugmentation(copies, 2, 0.4, -20, 40);
    }

    /** No augmentation. */
    public static SpeechAugmentation none() {
        return new SpeechAugmentation(0, 0, 0, 0, 0);
    }

    /**
     * One augmented copy: the recording's 16 kHz samples pitch-shifted, placed in a segment of
     * {@code segmentSamples} (cut or zero-padded), shifted, with noise.
     */
    public double[] augment(double[] x16k, int segmentSamples, Random rnd) {
        double semitones = (2 * rnd.nextDouble() - 1) * maxSemitones;
        int shift = (int) Math.round((2 * rnd.nextDouble() - 1) * maxShiftSeconds * SegmentFeatures.RATE);
        double snrDb = minSnrDb + rnd.nextDouble() * (maxSnrDb - minSnrDb);
        double[] pitched = semitones == 0 ? x16k : pitchShift(x16k, semitones);
        double[] segment = shift(pitched, shift, segmentSamples);
        return withNoise(segment, meanPower(x16k), snrDb, rnd);
    }

    /** x shifted right by {@code shift} samples (left when negative) into n samples, zeros elsewhere. */
    static double[] shift(double[] x, int shift, int n) {
        double[] out = new double[n];
        for (int i = Math.max(0, shift); i < n && i - shift < x.length; i++) {
            out[i] = x[i - shift];
        }
        return out;
    }

    static double meanPower(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return x.length == 0 ? 0 : s / x.length;
    }

    /** x + σ·N(0, 1) with σ² = signalPower / 10^(snrDb/10). */
    static double[] withNoise(double[] x, double signalPower, double snrDb, Random rnd) {
        double sigma = Math.sqrt(signalPower / Math.pow(10, snrDb / 10));
        double[] out = x.clone();
        if (sigma > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] += sigma * rnd.nextGaussian();
            }
        }
        return out;
    }

    /** x with every frequency scaled by 2^(semitones/12), same length. */
    static double[] pitchShift(double[] x, double semitones) {
        double factor = Math.pow(2, semitones / 12);
        double[] stretched = timeStretch(x, 1 / factor);
        return resampleLinear(stretched, x.length);
    }

    /** y of n samples read from x at evenly spaced positions i·(len(x) − 1)/(n − 1). */
    static double[] resampleLinear(double[] x, int n) {
        double[] y = new double[n];
        if (x.length == 0) {
            return y;
        }
        double step = n > 1 ? (x.length - 1) / (double) (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            double pos = i * step;
            int j = (int) pos;
            double a = pos - j;
            y[i] = j + 1 < x.length ? (1 - a) * x[j] + a * x[j + 1] : x[x.length - 1];
        }
        return y;
    }

    /**
     * The phase-vocoder time stretch: output about len(x)/rate samples with the same pitch (rate &lt; 1
     * lengthens).
     */
    static double[] timeStretch(double[] x, double rate) {
        Stft stft = new Stft(new Stft.Config(N_FFT, N_FFT, HOP, Window.HANN, true, PadMode.ZEROS));
        Stft.ComplexFrames frames = stft.transform(x);
        int inFrames = frames.re().length;
        int bins = N_FFT / 2 + 1;
        int outFrames = (int) Math.ceil(inFrames / rate);
        double[] phase = new double[bins];
        for (int k = 0; k < bins; k++) {
            phase[k] = Math.atan2(frames.im()[0][k], frames.re()[0][k]);
        }
        double[] window = Window.HANN.periodic(N_FFT);
        int outLength = (int) Math.round(x.length / rate);
        double[] acc = new double[outLength + N_FFT + outFrames * HOP];
        double[] norm = new double[acc.length];
        double[] packed = new double[N_FFT];
        RealFft fft = new RealFft(N_FFT);
        for (int t = 0; t < outFrames; t++) {
            double pos = t * rate;
            int j = Math.min((int) pos, inFrames - 1);
            int j1 = Math.min(j + 1, inFrames - 1);
            double a = pos - j;
            for (int k = 0; k < bins; k++) {
                double m0 = Math.hypot(frames.re()[j][k], frames.im()[j][k]);
                double m1 = Math.hypot(frames.re()[j1][k], frames.im()[j1][k]);
                double mag = (1 - a) * m0 + a * m1;
                double re = mag * Math.cos(phase[k]);
                double im = mag * Math.sin(phase[k]);
                if (k == 0) {
                    packed[0] = re;
                } else if (k == bins - 1) {
                    packed[1] = re;
                } else {
                    packed[2 * k] = re;
                    packed[2 * k + 1] = im;
                }
                double expected = 2 * Math.PI * k * HOP / N_FFT;
                double dphi = Math.atan2(frames.im()[j1][k], frames.re()[j1][k])
                        - Math.atan2(frames.im()[j][k], frames.re()[j][k]) - expected;
                dphi -= 2 * Math.PI * Math.rint(dphi / (2 * Math.PI));
                phase[k] += expected + dphi;
            }
            fft.inverse(packed);
            int start = t * HOP;
            for (int n = 0; n < N_FFT; n++) {
                acc[start + n] += packed[n] * window[n];
                norm[start + n] += window[n] * window[n];
            }
        }
        double[] out = new double[outLength];
        for (int i = 0; i < outLength; i++) {
            int src = i + N_FFT / 2;
            out[i] = norm[src] > 1e-8 ? acc[src] / norm[src] : 0;
        }
        return out;
    }
}
