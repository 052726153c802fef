package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Stft;

/**
 * Perceptual linear prediction cepstra, Hermansky, H. (1990) "Perceptual linear predictive (PLP)
 * analysis of speech", J. Acoust. Soc. Am. 87(4):1738–1752, doi:10.1121/1.399423. Per STFT frame:
 * <ol>
 *   <li>power spectrum P[k] = |Xₜ[k]|² at fₖ (see {@link Stft});</li>
 *   <li>critical-band integration on the Bark scale z(f) = 6·asinh(f/600): nBands centres zᵢ equally spaced
 *       from z(fmin) to z(fmax), Θᵢ = Σₖ ψ(z(fₖ) − zᵢ)·P[k] with Hermansky's masking curve ψ(d) = 0 for
 *       d &lt; −1.3, 10^{2.5(d+0.5)} to −0.5, 1 to 0.5, 10^{−(d−0.5)} to 2.5, 0 above; Θᵢ floored at 1e-10 so
 *       that silence gives finite cepstra;</li>
 *   <li>equal-loudness pre-emphasis Ξᵢ = E(ωᵢ)·Θᵢ, E(ω) = (ω² + 56.8·10⁶)·ω⁴ / ((ω² + 6.3·10⁶)²·(ω² + 0.38·10⁹)),
 *       ωᵢ = 2π·600·sinh(zᵢ/6);</li>
 *   <li>intensity–loudness power law Φᵢ = Ξᵢ^0.33 (compression); Φ₀ and Φ_{M−1} replaced by their
 *       neighbours (the paper's end-band rule);</li>
 *   <li>autocorrelation r[m] = IDFT of the even spectrum (Φ₀ … Φ_{M−1} … Φ₁), length 2(M − 1), m = 0…order;</li>
 *   <li>LPC A(z) = 1 + Σ aⱼz⁻ʲ by Levinson–Durbin, prediction error e;</li>
 *   <li>cepstra of the all-pole model: c₀ = ln e, cₙ = −aₙ − Σ_{k=1}^{n−1} (k/n)·c_k·a_{n−k} (aₙ = 0 beyond
 *       the order).</li>
 * </ol>
 * Columns {@code plp_0 … plp_{nCeps−1}}; rows and times as {@link LogMel} with the same STFT. There is no
 * reference implementation installed to compare with: tests check the Java code against an independent
 * NumPy/SciPy transcription of the same steps (tools/golden/signal_dsp.py plp()). Immutable, thread-safe.
 */
public final class Plp implements FeatureExtractor {

    /**
     * @param sampleRate the signal rate accepted, Hz
     * @param stft framing and window
     * @param nBands critical bands M ≥ 3 (21 = one per Bark up to 8 kHz)
     * @param order LPC order p, 1 … 2(M − 1) − 1
     * @param nCeps cepstra kept, ≥ 1 (c₀ included)
     * @param fmin lowest band centre, Hz ≥ 0
     * @param fmax highest band centre, Hz; ≤ 0 means the Nyquist frequency plus fmax
     * @param compression intensity–loudness exponent in (0, 1] (0.33: cube root)
     */
    public record Config(double sampleRate, Stft.Config stft, int nBands, int order, int nCeps, double fmin,
                         double fmax, double compression) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Objects.requireNonNull(stft, "stft");
            if (nBands < 3) {
                throw new IllegalArgumentException("nBands " + nBands + " must be >= 3");
            }
            Checks.positive("order", order);
            if (order >= 2 * (nBands - 1)) {
                throw new IllegalArgumentException("LPC order " + order + " must be below 2·(nBands − 1) = "
                        + 2 * (nBands - 1));
            }
            Checks.positive("nCeps", nCeps);
            Checks.nonNegative("fmin", fmin);
            Checks.finite("fmax", fmax);
            if (!(compression > 0 && compression <= 1)) {
                throw new IllegalArgumentException("compression " + compression + " must be in (0, 1]");
            }
        }

        /** 16 kHz, the default STFT (512/400/160), 21 bands over 0–8 kHz, order 12, 13 cepstra, cube root. */
        public static Config defaults() {
            return new Config(16000, Stft.Config.defaults(), 21, 12, 13, 0.0, 0.0, 0.33);
        }

        double upperEdge() {
            return fmax > 0 ? fmax : sampleRate / 2 + fmax;
        }
    }

    private static final double FLOOR = 1e-10;

    private final Config config;
    private final Stft stft;
    private final int[] firstBin;
    private final double[][] weights; // band i: bins firstBin[i] … (ψ ≠ 0)
    private final double[] loudness; // E(ωᵢ)
    private final double[][] cosines; // [m][n] of the inverse DFT of the even spectrum
    private final List<String> names;

    /** @throws IllegalArgumentException if fmax exceeds Nyquist or fmin ≥ fmax */
    public Plp(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.stft = new Stft(config.stft());
        double fs = config.sampleRate();
        double fmax = config.upperEdge();
        if (fmax > fs / 2) {
            throw new IllegalArgumentException("fmax " + fmax + " Hz exceeds the Nyquist frequency " + fs / 2 + " Hz");
        }
        if (!(config.fmin() < fmax)) {
            throw new IllegalArgumentException("fmin " + config.fmin() + " Hz must be below fmax " + fmax + " Hz");
        }
        int m = config.nBands();
        int bins = stft.bins();
        double zLow = bark(config.fmin());
        double zHigh = bark(fmax);
        firstBin = new int[m];
        weights = new double[m][];
        loudness = new double[m];
        double[] row = new double[bins];
        for (int i = 0; i < m; i++) {
            double zc = zLow + i * (zHigh - zLow) / (m - 1);
            int first = -1;
            int last = -1;
            for (int k = 0; k < bins; k++) {
                row[k] = masking(bark(stft.binFrequency(k, fs)) - zc);
                if (row[k] > 0) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            firstBin[i] = Math.max(first, 0);
            weights[i] = first < 0 ? new double[0] : java.util.Arrays.copyOfRange(row, first, last + 1);
            double w2 = Math.pow(2 * Math.PI * 600 * Math.sinh(zc / 6), 2);
            loudness[i] = (w2 + 56.8e6) * w2 * w2 / ((w2 + 6.3e6) * (w2 + 6.3e6) * (w2 + 0.38e9));
        }
        int n = 2 * (m - 1);
        cosines = new double[config.order() + 1][m];
        for (int lag = 0; lag <= config.order(); lag++) {
            for (int i = 0; i < m; i++) {
                // the even spectrum holds bands 1 … M−2 twice, bands 0 and M−1 once
                double mult = i == 0 || i == m - 1 ? 1 : 2;
                cosines[lag][i] = mult * Math.cos(2 * Math.PI * lag * i / n) / n;
            }
        }
        this.names = SpeechInput.numbered("plp", config.nCeps());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.sampleRate(), "PLP");
        return FeatureMatrix.of(names, stft.frameTimes(x.length, config.sampleRate()), compute(x));
    }

    /** The PLP cepstra of each frame. */
    public double[][] compute(double[] x) {
        int frames = stft.checkedFrameCount(Checks.finite("x", x));
        int m = config.nBands();
        int p = config.order();
        double[] buf = new double[config.stft().nFft()];
        double[] power = new double[stft.bins()];
        double[] phi = new double[m];
        double[] r = new double[p + 1];
        double[] a = new double[p + 1];
        double[] tmp = new double[p + 1];
        double[][] out = new double[frames][];
        for (int t = 0; t < frames; t++) {
            stft.framePower(x, t, 2.0, buf, power);
            for (int i = 0; i < m; i++) {
                double s = 0;
                double[] w = weights[i];
                for (int j = 0; j < w.length; j++) {
                    s += w[j] * power[firstBin[i] + j];
                }
                phi[i] = Math.pow(loudness[i] * Math.max(s, FLOOR), config.compression());
            }
            phi[0] = phi[1];
            phi[m - 1] = phi[m - 2];
            for (int lag = 0; lag <= p; lag++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += cosines[lag][i] * phi[i];
                }
                r[lag] = s;
            }
            double error = levinson(r, a, tmp);
            out[t] = cepstra(a, error, config.nCeps());
        }
        return out;
    }

    /** Bark, 6·asinh(f/600). */
    static double bark(double hz) {
        double v = hz / 600;
        return 6 * Math.log(v + Math.sqrt(v * v + 1));
    }

    /** Hermansky's critical-band masking curve ψ at a Bark distance d. */
    static double masking(double d) {
        if (d < -1.3 || d > 2.5) {
            return 0;
        }
        if (d <= -0.5) {
            return Math.pow(10, 2.5 * (d + 0.5));
        }
        if (d < 0.5) {
            return 1;
        }
        return Math.pow(10, -(d - 0.5));
    }

    /** Levinson–Durbin: a[1…p] of A(z) = 1 + Σ aⱼz⁻ʲ from r[0…p] (a[0] = 1); returns the prediction error. */
    static double levinson(double[] r, double[] a, double[] tmp) {
        int p = r.length - 1;
        java.util.Arrays.fill(a, 0.0);
        a[0] = 1;
        double error = r[0];
        for (int i = 1; i <= p; i++) {
            double acc = r[i];
            for (int j = 1; j < i; j++) {
                acc += a[j] * r[i - j];
            }
            double k = -acc / error;
            System.arraycopy(a, 0, tmp, 0, i);
            for (int j = 1; j < i; j++) {
                a[j] = tmp[j] + k * tmp[i - j];
            }
            a[i] = k;
            error *= 1 - k * k;
        }
        return error;
    }

    /** c₀ = ln e, cₙ = −aₙ − Σ_{k=1}^{n−1} (k/n)·c_k·a_{n−k}. */
    static double[] cepstra(double[] a, double error, int count) {
        int p = a.length - 1;
        double[] c = new double[count];
        c[0] = Math.log(error);
        for (int n = 1; n < count; n++) {
            double acc = n <= p ? -a[n] : 0;
            for (int k = Math.max(1, n - p); k < n; k++) {
                acc -= (double) k / n * c[k] * a[n - k];
            }
            c[n] = acc;
        }
        return c;
    }
}
