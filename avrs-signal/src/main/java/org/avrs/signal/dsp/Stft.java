package org.avrs.signal.dsp;

import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.signal.Checks;

/**
 * The short-time Fourier transform with librosa 0.10's {@code stft} semantics.
 *
 * <p>Frame t: X_t[k] = Σⱼ w[j]·x̃[t·hop + j]·e^{−2πijk/nFft}, k = 0…⌊nFft/2⌋, where w is the
 * <em>periodic</em> window of {@code winLength} samples zero-padded on both sides to nFft (left pad
 * ⌊(nFft − winLength)/2⌋, librosa.util.pad_center), and x̃ is x itself, or with {@code center} x padded
 * by ⌊nFft/2⌋ samples on each side by {@code padMode} (librosa 0.10 default: zeros, numpy "constant";
 * REFLECT is librosa's former default). Frame count: 1 + ⌊(len(x̃) − nFft)/hop⌋. With center, frame t
 * is centred on sample t·hop, i.e. at time t·hop/fs; without, on sample t·hop + ⌊nFft/2⌋.
 *
 * <p>Immutable and thread-safe; the window and FFT plan are made once. Hot loops call
 * {@link #framePower} with their own work buffers.
 */
public final class Stft {

    /**
     * STFT parameters. Defaults ({@link #defaults()}) are the speech settings of AVRS: nFft 512,
     * winLength 400 (25 ms at 16 kHz), hopLength 160 (10 ms), Hann, center, zero padding. (librosa's
     * own stft defaults, for music at 22.05 kHz, are 2048/2048/512.)
     *
     * @param nFft FFT size, ≥ 1
     * @param winLength window length, 1…nFft
     * @param hopLength samples between frame starts, ≥ 1
     * @param window the window (used periodic)
     * @param center pad ⌊nFft/2⌋ on both sides so that frame t is centred on sample t·hop
     * @param padMode the padding when centred
     */
    public record Config(int nFft, int winLength, int hopLength, Window window, boolean center, PadMode padMode) {
        public Config {
            Checks.positive("nFft", nFft);
            Checks.positive("winLength", winLength);
            Checks.positive("hopLength", hopLength);
            if (winLength > nFft) {
                throw new IllegalArgumentException("winLength " + winLength + " exceeds nFft " + nFft
                        + "; the window must fit in the FFT (librosa raises the same)");
            }
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(padMode, "padMode");
        }

        public static Config defaults() {
            return new Config(512, 400, 160, Window.HANN, true, PadMode.ZEROS);
        }

        /** Sets nFft; the window length follows when it equalled nFft. */
        public Config withNFft(int n) {
            return new Config(n, winLength == nFft ? n : winLength, hopLength, window, center, padMode);
        }

        public Config withWinLength(int n) {
            return new Config(nFft, n, hopLength, window, center, padMode);
        }

        public Config withHopLength(int n) {
            return new Config(nFft, winLength, n, window, center, padMode);
        }

        public Config withWindow(Window w) {
            return new Config(nFft, winLength, hopLength, w, center, padMode);
        }

        public Config withCenter(boolean c, PadMode mode) {
            return new Config(nFft, winLength, hopLength, window, c, mode);
        }
    }

    /** Complex STFT frames: {@code re[t][k]}, {@code im[t][k]}. */
    public record ComplexFrames(double[][] re, double[][] im) {
    }

    private final Config config;
    private final double[] window; // the non-zero part, winLength values
    private final int windowOffset; // its position inside the nFft frame
    private final RealFft fft;

    public Stft(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.window = config.window().periodic(config.winLength());
        this.windowOffset = (config.nFft() - config.winLength()) / 2;
        this.fft = new RealFft(config.nFft());
    }

    public Config config() {
        return config;
    }

    /** The FFT plan (size nFft), for callers that read bins of {@link #frame} output themselves. */
    public RealFft fft() {
        return fft;
    }

    /** Frequency bins per frame, ⌊nFft/2⌋ + 1. */
    public int bins() {
        return fft.bins();
    }

    /** The frequency of bin k in Hz, k·fs/nFft. */
    public double binFrequency(int k, double sampleRate) {
        return k * sampleRate / config.nFft();
    }

    /** The number of frames for n input samples (0 only without center when n &lt; nFft). */
    public int frameCount(int n) {
        int padded = config.center() ? n + 2 * (config.nFft() / 2) : n;
        return Frames.count(padded, config.nFft(), config.hopLength());
    }

    /** The time of frame t in seconds: the centre of its nFft samples (t·hop/fs when centred). */
    public double frameTime(int t, double sampleRate) {
        double centre = (double) t * config.hopLength() + (config.center() ? 0 : config.nFft() / 2);
        return centre / sampleRate;
    }

    /** The times in seconds of the frames of n samples (see {@link #frameTime}). */
    public double[] frameTimes(int n, double sampleRate) {
        double[] times = new double[frameCount(n)];
        for (int t = 0; t < times.length; t++) {
            times[t] = frameTime(t, sampleRate);
        }
        return times;
    }

    /**
     * |X_t[k]|^exponent, [frame][bin] (exponent 2: power spectrogram, 1: magnitude).
     *
     * @throws InvalidInputException if x is empty, or shorter than nFft without center
     */
    public double[][] power(double[] x, double exponent) {
        Checks.positive("spectrogram exponent", exponent);
        int frames = checkedFrameCount(Checks.finite("x", x));
        double[][] out = new double[frames][bins()];
        double[] buf = new double[config.nFft()];
        for (int t = 0; t < frames; t++) {
            framePower(x, t, exponent, buf, out[t]);
        }
        return out;
    }

    /** The complex frames X_t[k]. */
    public ComplexFrames transform(double[] x) {
        int frames = checkedFrameCount(Checks.finite("x", x));
        double[][] re = new double[frames][bins()];
        double[][] im = new double[frames][bins()];
        double[] buf = new double[config.nFft()];
        for (int t = 0; t < frames; t++) {
            frame(x, t, buf);
            for (int k = 0; k < bins(); k++) {
                re[t][k] = fft.re(buf, k);
                im[t][k] = fft.im(buf, k);
            }
        }
        return new ComplexFrames(re, im);
    }

    /**
     * The frame count for x, checked.
     *
     * @throws InvalidInputException if no frame fits
     */
    public int checkedFrameCount(double[] x) {
        if (x.length == 0) {
            throw new InvalidInputException("signal", "length", "is empty; the STFT needs at least one sample");
        }
        int frames = frameCount(x.length);
        if (frames == 0) {
            throw new InvalidInputException("signal", "length", "has " + x.length
                    + " samples, fewer than nFft " + config.nFft() + " needed by an STFT without center");
        }
        return frames;
    }

    /** |X_t|^exponent of frame t into {@code out[0..bins)}, using {@code buf} (nFft values) as work space. */
    public void framePower(double[] x, int t, double exponent, double[] buf, double[] out) {
        frame(x, t, buf);
        fft.power(buf, exponent, out);
    }

    /**
     * The FFT of frame t, in {@link RealFft}'s packed layout, into {@code buf} (nFft values): the
     * windowed samples, padded as configured, transformed in place.
     */
    public void frame(double[] x, int t, double[] buf) {
        windowedFrame(x, t, buf);
        fft.forward(buf);
    }

    /** Frame t before its FFT: the windowed samples, padded as configured, into {@code buf} (nFft values). */
    public void windowedFrame(double[] x, int t, double[] buf) {
        int nFft = config.nFft();
        int start = windowStart(t);
        java.util.Arrays.fill(buf, 0, windowOffset, 0.0);
        java.util.Arrays.fill(buf, windowOffset + window.length, nFft, 0.0);
        Padding.copy(x, start, buf, windowOffset, window.length, config.padMode());
        for (int j = 0; j < window.length; j++) {
            buf[windowOffset + j] *= window[j];
        }
    }

    /** The index in x of the sample under window[0] in frame t (negative or past the end at the edges). */
    int windowStart(int t) {
        return t * config.hopLength() - (config.center() ? config.nFft() / 2 : 0) + windowOffset;
    }

    /** Where window[0] sits inside the nFft frame. */
    int windowOffset() {
        return windowOffset;
    }

    /** The periodic window's winLength values; the internal array, not to be modified. */
    double[] windowValues() {
        return window;
    }
}
