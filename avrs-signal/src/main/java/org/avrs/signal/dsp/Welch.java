package org.avrs.signal.dsp;

import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/**
 * Welch's power spectral density estimate with {@code scipy.signal.welch} semantics (average "mean").
 *
 * <p>x is cut into K = ⌊(n − noverlap)/(nperseg − noverlap)⌋ segments of nperseg samples, nperseg −
 * noverlap apart (a tail that does not fill a segment is dropped). Each segment is detrended
 * (constant: its mean removed; linear: its least-squares line removed), multiplied by the periodic window
 * w, zero-padded to nfft and transformed: Xₖ. P[k] = (1/K) Σ |Xₖ|²·scale with scale = 1/(fs·Σw²) for
 * density (V²/Hz) or 1/(Σw)² for spectrum (V²). One-sided: bins 0…⌊nfft/2⌋, all but DC (and Nyquist for
 * even nfft) doubled. Two-sided: all nfft bins in FFT order. Welch, P. D. (1967),
 * doi:10.1109/TAU.1967.1161901.
 *
 * <p>Unlike SciPy, which shrinks nperseg to the signal length with a warning, a signal shorter than
 * nperseg is an error. Immutable and thread-safe.
 */
public final class Welch {

    /** What is removed from each segment before windowing. */
    public enum Detrend { NONE, CONSTANT, LINEAR }

    /** Output units. */
    public enum Scaling {
        /** V²/Hz: scale 1/(fs·Σw²). */
        DENSITY,
        /** V²: scale 1/(Σw)². */
        SPECTRUM
    }

    /**
     * @param window the segment window (used periodic, as get_window)
     * @param nperseg segment length, ≥ 1
     * @param noverlap overlap in samples, 0 ≤ noverlap &lt; nperseg
     * @param nfft FFT length ≥ nperseg (zero padding beyond nperseg)
     * @param detrend per-segment detrending
     * @param scaling density or spectrum
     * @param onesided one-sided spectrum (real input)
     */
    public record Config(Window window, int nperseg, int noverlap, int nfft, Detrend detrend, Scaling scaling,
                         boolean onesided) {
        public Config {
            Objects.requireNonNull(window, "window");
            Checks.positive("nperseg", nperseg);
            Checks.nonNegative("noverlap", noverlap);
            if (noverlap >= nperseg) {
                throw new IllegalArgumentException("noverlap " + noverlap + " must be less than nperseg " + nperseg);
            }
            if (nfft < nperseg) {
                throw new IllegalArgumentException("nfft " + nfft + " must be at least nperseg " + nperseg);
            }
            Objects.requireNonNull(detrend, "detrend");
            Objects.requireNonNull(scaling, "scaling");
        }

        /** SciPy's defaults: Hann, nperseg 256, noverlap 128, nfft 256, constant detrend, density, one-sided. */
        public static Config defaults() {
            return of(256);
        }

        /** SciPy's defaults with another segment length (noverlap nperseg/2, nfft nperseg). */
        public static Config of(int nperseg) {
            return new Config(Window.HANN, nperseg, nperseg / 2, nperseg, Detrend.CONSTANT, Scaling.DENSITY, true);
        }
    }

    private final Config config;
    private final double[] window;
    private final double sumSquares;
    private final double sumSquared;
    private final RealFft fft;

    public Welch(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.window = config.window().periodic(config.nperseg());
        double s = 0;
        double s2 = 0;
        for (double w : window) {
            s += w;
            s2 += w * w;
        }
        this.sumSquared = s * s;
        this.sumSquares = s2;
        this.fft = new RealFft(config.nfft());
    }

    public Config config() {
        return config;
    }

    /** The number of segments for n samples (0 when n &lt; nperseg). */
    public int segmentCount(int n) {
        int step = config.nperseg() - config.noverlap();
        return n < config.nperseg() ? 0 : (n - config.noverlap()) / step;
    }

    /**
     * The PSD of x sampled at fs Hz.
     *
     * @throws InvalidInputException if x is shorter than nperseg
     */
    public Psd psd(double[] x, double sampleRate) {
        Checks.positive("sampleRate", sampleRate);
        Checks.finite("x", x);
        int segments = segmentCount(x.length);
        if (segments == 0) {
            throw new InvalidInputException("signal", "length", "has " + x.length
                    + " samples, fewer than the Welch segment length nperseg " + config.nperseg());
        }
        int nfft = config.nfft();
        int bins = fft.bins();
        double[] acc = new double[bins];
        double[] buf = new double[nfft];
        int step = config.nperseg() - config.noverlap();
        for (int s = 0; s < segments; s++) {
            segment(x, s * step, buf);
            fft.forward(buf);
            fft.addPower(buf, acc);
        }
        double scale = (config.scaling() == Scaling.DENSITY ? 1.0 / (sampleRate * sumSquares) : 1.0 / sumSquared)
                / segments;
        return config.onesided() ? onesided(acc, scale, sampleRate) : twosided(acc, scale, sampleRate);
    }

    /** The PSD of each channel. */
    public Psd[] psd(Signal signal) {
        Psd[] out = new Psd[signal.channelCount()];
        for (int c = 0; c < out.length; c++) {
            out[c] = psd(signal.channel(c), signal.sampleRate());
        }
        return out;
    }

    /** Fills buf with the detrended, windowed segment starting at {@code from}, zero-padded to nfft. */
    private void segment(double[] x, int from, double[] buf) {
        int n = config.nperseg();
        switch (config.detrend()) {
            case NONE -> {
                for (int j = 0; j < n; j++) {
                    buf[j] = x[from + j] * window[j];
                }
            }
            case CONSTANT -> {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += x[from + j];
                }
                double mean = sum / n;
                for (int j = 0; j < n; j++) {
                    buf[j] = (x[from + j] - mean) * window[j];
                }
            }
            case LINEAR -> {
                // least-squares line on centred time: slope = Σ(t − t̄)(x − x̄) / Σ(t − t̄)²
                double tMean = (n - 1) / 2.0;
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += x[from + j];
                }
                double mean = sum / n;
                double sxy = 0;
                double sxx = 0;
                for (int j = 0; j < n; j++) {
                    double dt = j - tMean;
                    sxy += dt * (x[from + j] - mean);
                    sxx += dt * dt;
                }
                double slope = sxx == 0 ? 0 : sxy / sxx;
                for (int j = 0; j < n; j++) {
                    buf[j] = (x[from + j] - mean - slope * (j - tMean)) * window[j];
                }
            }
        }
        java.util.Arrays.fill(buf, n, buf.length, 0.0);
    }

    private Psd onesided(double[] acc, double scale, double fs) {
        int nfft = config.nfft();
        int bins = acc.length;
        double[] f = new double[bins];
        double[] p = new double[bins];
        int lastDoubled = nfft % 2 == 0 ? bins - 2 : bins - 1;
        for (int k = 0; k < bins; k++) {
            f[k] = k * fs / nfft;
            p[k] = acc[k] * scale * (k >= 1 && k <= lastDoubled ? 2 : 1);
        }
        return new Psd(f, p, config.scaling(), true);
    }

    private Psd twosided(double[] acc, double scale, double fs) {
        int nfft = config.nfft();
        double[] f = new double[nfft];
        double[] p = new double[nfft];
        int positive = (nfft - 1) / 2 + 1; // numpy.fft.fftfreq: 0 … ⌈nfft/2⌉ − 1, then −⌊nfft/2⌋ … −1
        for (int k = 0; k < nfft; k++) {
            int bin = k < positive ? k : k - nfft;
            f[k] = bin * fs / nfft;
            p[k] = acc[Math.abs(bin)] * scale; // |X[−k]| = |X[k]| for real input
        }
        return new Psd(f, p, config.scaling(), false);
    }
}
