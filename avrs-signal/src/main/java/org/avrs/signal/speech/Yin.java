package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Padding;
import org.avrs.signal.dsp.RealFft;

/**
 * Fundamental frequency by YIN, de Cheveigné, A. &amp; Kawahara, H. (2002) "YIN, a fundamental frequency
 * estimator for speech and music", J. Acoust. Soc. Am. 111(4):1917–1930, doi:10.1121/1.1458024, steps 1–5.
 *
 * <p>For frame t the integration window of W samples starts at t·hop − ⌊W/2⌋ when centred (t·hop
 * otherwise; samples outside the signal are 0), and with τ_max = ⌈fs/fmin⌉, τ_min = ⌊fs/fmax⌋:
 * <ol>
 *   <li>difference function d(τ) = Σ_{j&lt;W} (x_j − x_{j+τ})², τ = 0…τ_max (computed as
 *       E₀ + E_τ − 2r(τ) with the cross-correlation r by FFT);</li>
 *   <li>cumulative mean normalized difference d′(0) = 1, d′(τ) = d(τ)·τ / Σ_{j=1}^{τ} d(j) (1 if that sum is 0);</li>
 *   <li>absolute threshold: the first τ in [τ_min, τ_max] with d′(τ) &lt; threshold, followed down to its
 *       local minimum — the frame is voiced; if there is none, the (first) global minimum of d′ in the range,
 *       and the frame is unvoiced;</li>
 *   <li>parabolic interpolation of d′ around τ (when τ − 1 ≥ 1, τ + 1 ≤ τ_max and d′(τ) is a local minimum
 *       with positive curvature): shift = (d′(τ−1) − d′(τ+1)) / (2(d′(τ−1) − 2d′(τ) + d′(τ+1))).</li>
 * </ol>
 * Step 6 of the paper (best local estimate) is not applied. Columns: {@code f0} = fs/(τ + shift) in Hz (also
 * for unvoiced frames, where it is the best but unreliable guess), {@code voiced} (1 or 0) and
 * {@code aperiodicity} = d′(τ). Rows and times as {@link FrameConfig} with the integration window as frame.
 * Immutable and thread-safe.
 */
public final class Yin implements FeatureExtractor {

    /**
     * @param sampleRate the signal rate accepted, Hz
     * @param fmin lowest f0 searched, Hz (&gt; 0)
     * @param fmax highest f0 searched, Hz (fmin &lt; fmax ≤ fs/2)
     * @param windowLength integration window W in samples
     * @param hopLength samples between frames
     * @param threshold absolute threshold on d′, in (0, 1) (the paper's 0.1)
     * @param center centre the integration window on t·hop
     */
    public record Config(double sampleRate, double fmin, double fmax, int windowLength, int hopLength,
                         double threshold, boolean center) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Checks.positive("fmin", fmin);
            Checks.positive("fmax", fmax);
            if (!(fmin < fmax) || fmax > sampleRate / 2) {
                throw new IllegalArgumentException("f0 range [" + fmin + ", " + fmax + "] Hz must have fmin < fmax <= "
                        + sampleRate / 2 + " Hz (half the sample rate)");
            }
            Checks.positive("windowLength", windowLength);
            Checks.positive("hopLength", hopLength);
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold " + threshold + " must be in (0, 1)");
            }
        }

        /** 16 kHz, 60–500 Hz, W = 400 (25 ms), hop 160 (10 ms), threshold 0.1, centred. */
        public static Config defaults() {
            return new Config(16000, 60, 500, 400, 160, 0.1, true);
        }

        int tauMin() {
            return (int) Math.floor(sampleRate / fmax);
        }

        int tauMax() {
            return (int) Math.ceil(sampleRate / fmin);
        }
    }

    private static final List<String> NAMES = List.of("f0", "voiced", "aperiodicity");

    private final Config config;
    private final FrameConfig frames;
    private final RealFft fft;

    public Yin(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.frames = new FrameConfig(config.sampleRate(), config.windowLength(), config.hopLength(), config.center());
        int span = config.windowLength() + config.tauMax();
        this.fft = new RealFft(Integer.highestOneBit(span - 1) << 1); // a power of two ≥ W + τ_max
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return NAMES;
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.sampleRate(), "YIN");
        return FeatureMatrix.of(NAMES, frames.frameTimes(x.length), compute(x));
    }

    /** Rows (f0, voiced, aperiodicity) per frame. */
    public double[][] compute(double[] x) {
        int count = config.center() ? frames.checkedFrameCount(x.length)
                : frames.checkedFrameCount(Math.max(0, x.length - config.tauMax()));
        int w = config.windowLength();
        int tauMax = config.tauMax();
        int span = w + tauMax;
        int size = fft.size();
        double[] frame = new double[span];
        double[] a = new double[size];
        double[] b = new double[size];
        double[] prefix = new double[span + 1];
        double[] dn = new double[tauMax + 1];
        double[][] out = new double[count][];
        for (int t = 0; t < count; t++) {
            Padding.copy(x, frames.frameStart(t), frame, 0, span, PadMode.ZEROS);
            normalizedDifference(frame, a, b, prefix, dn);
            out[t] = pick(dn);
        }
        return out;
    }

    /** Steps 1–2: d′(τ) of one frame (W + τ_max samples) into dn. */
    private void normalizedDifference(double[] frame, double[] a, double[] b, double[] prefix, double[] dn) {
        int w = config.windowLength();
        int tauMax = config.tauMax();
        java.util.Arrays.fill(a, 0.0);
        System.arraycopy(frame, 0, a, 0, w);
        java.util.Arrays.fill(b, 0.0);
        System.arraycopy(frame, 0, b, 0, frame.length);
        fft.forward(a);
        fft.forward(b);
        fft.conjugateProduct(a, b, b);
        fft.inverse(b); // b[τ] = Σ_{j<W} x_j x_{j+τ}
        for (int j = 0; j < frame.length; j++) {
            prefix[j + 1] = prefix[j] + frame[j] * frame[j];
        }
        double e0 = prefix[w];
        dn[0] = 1.0;
        double cumulative = 0;
        for (int tau = 1; tau <= tauMax; tau++) {
            double d = Math.max(0.0, e0 + (prefix[tau + w] - prefix[tau]) - 2 * b[tau]);
            cumulative += d;
            dn[tau] = cumulative > 0 ? d * tau / cumulative : 1.0;
        }
    }

    /** Steps 3–5 on d′: (f0, voiced, aperiodicity). */
    private double[] pick(double[] dn) {
        int tauMin = config.tauMin();
        int tauMax = config.tauMax();
        int tau = -1;
        for (int k = tauMin; k <= tauMax; k++) {
            if (dn[k] < config.threshold()) {
                tau = k;
                break;
            }
        }
        boolean voiced = tau >= 0;
        if (voiced) {
            while (tau + 1 <= tauMax && dn[tau + 1] < dn[tau]) {
                tau++;
            }
        } else {
            tau = tauMin;
            for (int k = tauMin + 1; k <= tauMax; k++) {
                if (dn[k] < dn[tau]) {
                    tau = k;
                }
            }
        }
        double shift = 0;
        if (tau - 1 >= 1 && tau + 1 <= tauMax) {
            double l = dn[tau - 1];
            double m = dn[tau];
            double r = dn[tau + 1];
            double curvature = l - 2 * m + r;
            if (m <= l && m <= r && curvature > 0) {
                shift = (l - r) / (2 * curvature);
            }
        }
        return new double[] {config.sampleRate() / (tau + shift), voiced ? 1 : 0, dn[tau]};
    }
}
