package org.avrs.signal.physio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Padding;
import org.avrs.signal.dsp.Sos;
import org.avrs.signal.dsp.SosFilter;

/**
 * ECG R-peak detection with the method of NeuroKit2 ({@code ecg_clean(method="neurokit")} then
 * {@code ecg_peaks(method="neurokit")}; Makowski et al. 2021, doi:10.3758/s13428-020-01516-y): QRS
 * complexes are where the ECG is steep, R-peaks are the most prominent maxima inside them.
 *
 * <ol>
 *   <li>Clean: zero-phase Butterworth high-pass at {@code highpassHz} (order {@code highpassOrder},
 *       sosfiltfilt) against baseline wander; then a zero-phase moving average over k = ⌊fs/powerlineHz⌋
 *       samples (k = 2 below 100 Hz; filtfilt with odd padding of 3k samples) that nulls the power-line
 *       frequency.</li>
 *   <li>g = |gradient| of the cleaned ECG (central differences, one-sided at the ends); s = g smoothed by
 *       a boxcar of round(smoothWindow·fs) samples; a = s smoothed by a boxcar of round(averageWindow·fs)
 *       samples (both with repeated end samples, {@link Smoothing}).</li>
 *   <li>QRS blocks: where s &gt; gradientThreshold·a; blocks shorter than minLengthWeight × the mean block
 *       length are skipped.</li>
 *   <li>R-peak: the local maximum of the cleaned ECG inside each block with the largest prominence,
 *       kept if more than round(minDelay·fs) samples after the previous R-peak.</li>
 * </ol>
 * Defaults: NeuroKit's (0.5 Hz, order 5, 50 Hz, 0.1 s, 0.75 s, 1.5, 0.4, 0.3 s). Unlike NeuroKit, a beat
 * in the first minDelay seconds is kept (NeuroKit compares the first beat with sample 0). Assumes R waves
 * point up (invert a lead whose QRS is mainly negative). A record without detectable beats gives an
 * empty {@link Peaks} with a warning. Immutable and thread-safe.
 */
public final class EcgPeakDetector {

    /**
     * @param sampleRate Hz (≥ 20)
     * @param highpassHz baseline high-pass cutoff, in (0, fs/2)
     * @param highpassOrder its Butterworth order
     * @param powerlineHz mains frequency (50 or 60 Hz)
     * @param smoothWindow gradient smoothing, s
     * @param averageWindow threshold averaging, s
     * @param gradientThreshold threshold weight on the averaged gradient
     * @param minLengthWeight shortest QRS block as a fraction of the mean block length
     * @param minDelay shortest time between R-peaks, s
     */
    public record Config(double sampleRate, double highpassHz, int highpassOrder, double powerlineHz,
                         double smoothWindow, double averageWindow, double gradientThreshold,
                         double minLengthWeight, double minDelay) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            if (sampleRate < 20) {
                throw new IllegalArgumentException("sampleRate " + sampleRate + " Hz is too low for R-peaks (>= 20)");
            }
            Checks.positive("highpassHz", highpassHz);
            if (!(highpassHz < sampleRate / 2)) {
                throw new IllegalArgumentException("highpassHz " + highpassHz + " must be below fs/2 " + sampleRate / 2);
            }
            Checks.positive("highpassOrder", highpassOrder);
            Checks.positive("powerlineHz", powerlineHz);
            Checks.positive("smoothWindow", smoothWindow);
            Checks.positive("averageWindow", averageWindow);
            Checks.positive("gradientThreshold", gradientThreshold);
            Checks.nonNegative("minLengthWeight", minLengthWeight);
            Checks.nonNegative("minDelay", minDelay);
        }

        /** NeuroKit2's defaults at the given rate. */
        public static Config of(double sampleRate) {
            return new Config(sampleRate, 0.5, 5, 50, 0.1, 0.75, 1.5, 0.4, 0.3);
        }
    }

    private final Config config;
    private final Sos highpass;
    private final int powerlineTaps;

    public EcgPeakDetector(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.highpass = Butterworth.highpass(config.highpassOrder(), config.highpassHz(), config.sampleRate());
        this.powerlineTaps = config.sampleRate() >= 100
                ? Math.max(1, (int) (config.sampleRate() / config.powerlineHz())) : 2;
    }

    public Config config() {
        return config;
    }

    /** The cleaned ECG (step 1), as long as x; x must be longer than the filters' pad lengths. */
    public double[] clean(double[] x) {
        return movingAverageFiltfilt(SosFilter.filtfilt(highpass, x), powerlineTaps);
    }

    /** The R-peaks of a raw ECG at the configured rate. */
    public Peaks detect(double[] ecg) {
        Checks.finite("ecg", ecg);
        int minLength = Math.max(highpass.defaultPadLength(), 3 * powerlineTaps) + 1;
        if (ecg.length < Math.max(minLength, 2)) {
            return empty("the ECG has " + ecg.length + " samples; R-peak detection needs at least " + minLength);
        }
        double[] clean = clean(ecg);
        double fs = config.sampleRate();
        double[] grad = Gradient.absolute(clean);
        double[] smooth = Smoothing.boxcar(grad, Math.max(1, (int) Math.rint(config.smoothWindow() * fs)));
        double[] average = Smoothing.boxcar(smooth, Math.max(1, (int) Math.rint(config.averageWindow() * fs)));
        boolean[] qrs = new boolean[smooth.length];
        for (int i = 0; i < qrs.length; i++) {
            qrs[i] = smooth[i] > config.gradientThreshold() * average[i];
        }
        Blocks blocks = Blocks.of(qrs);
        if (blocks.count() == 0) {
            return empty("no QRS complex found: the ECG has no steep stretches above the threshold");
        }
        int[] peaks = blocks.peaks(clean, config.minLengthWeight() * blocks.meanLength(),
                (int) Math.rint(config.minDelay() * fs));
        List<String> warnings = new ArrayList<>();
        if (peaks.length == 0) {
            warnings.add("no R-peak found in " + blocks.count() + " candidate QRS blocks");
        }
        return new Peaks(peaks, fs, warnings);
    }

    private Peaks empty(String why) {
        return new Peaks(new int[0], config.sampleRate(), List.of(why));
    }

    /**
     * scipy.signal.filtfilt(ones(k)/k, 1, x, method="pad") with its default odd padding of 3k samples:
     * a causal k-sample moving average forward, then backward, each started in the steady state of its
     * first input sample.
     */
    static double[] movingAverageFiltfilt(double[] x, int k) {
        if (k <= 1) {
            return x.clone();
        }
        int pad = 3 * k;
        double[] ext = Padding.pad(x, pad, pad, PadMode.ODD);
        movingAverage(ext, k);
        reverse(ext);
        movingAverage(ext, k);
        reverse(ext);
        return java.util.Arrays.copyOfRange(ext, pad, pad + x.length);
    }

    /** In place: y[i] = (1/k) Σ_{j<k} x[i − j], with x[i] = x[0] for i &lt; 0. */
    private static void movingAverage(double[] x, int k) {
        double[] ring = new double[k];
        java.util.Arrays.fill(ring, x[0]);
        double sum = k * x[0];
        for (int i = 0; i < x.length; i++) {
            int slot = i % k;
            sum += x[i] - ring[slot];
            ring[slot] = x[i];
            x[i] = sum / k;
        }
    }

    private static void reverse(double[] x) {
        for (int i = 0, j = x.length - 1; i < j; i++, j--) {
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }
}
