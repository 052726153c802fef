package org.avrs.signal.physio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.Sos;
import org.avrs.signal.dsp.SosFilter;

/**
 * PPG systolic-peak detection after Elgendi et al. (2013), "Systolic peak detection in acceleration
 * photoplethysmograms measured from emergency responders in tropical conditions", PLoS ONE 8(10):e76585,
 * doi:10.1371/journal.pone.0076585, with the parameters NeuroKit2 uses ({@code ppg_clean} and
 * {@code ppg_findpeaks(method="elgendi")}).
 *
 * <ol>
 *   <li>Clean: zero-phase Butterworth band-pass lowHz–highHz (order {@code order}, sosfiltfilt).</li>
 *   <li>y = max(x, 0)², the cleaned PPG with negative values clipped, squared.</li>
 *   <li>MA_peak = boxcar moving average of y over round(peakWindow·fs) samples (the systolic peak
 *       duration), MA_beat over round(beatWindow·fs) samples (a beat); threshold
 *       THR₁ = MA_beat + beatOffset·mean(y).</li>
 *   <li>Blocks of interest where MA_peak &gt; THR₁; blocks shorter than round(peakWindow·fs) samples
 *       (THR₂) are skipped.</li>
 *   <li>Systolic peak: the most prominent local maximum of the cleaned PPG inside each block, kept if
 *       more than round(minDelay·fs) samples after the previous one.</li>
 * </ol>
 * Defaults: 0.5–8 Hz, order 3, 0.111 s, 0.667 s, 0.02, 0.3 s. A record without detectable pulses gives
 * an empty {@link Peaks} with a warning. Immutable and thread-safe.
 */
public final class PpgPeakDetector {

    /**
     * @param sampleRate Hz, above 2·highHz
     * @param lowHz band-pass low edge
     * @param highHz band-pass high edge
     * @param order Butterworth order of the band-pass (2·order poles)
     * @param peakWindow W₁, s
     * @param beatWindow W₂, s
     * @param beatOffset β, the offset of THR₁ as a fraction of mean(y)
     * @param minDelay shortest time between peaks, s
     */
    public record Config(double sampleRate, double lowHz, double highHz, int order, double peakWindow,
                         double beatWindow, double beatOffset, double minDelay) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Checks.positive("lowHz", lowHz);
            if (!(lowHz < highHz && highHz < sampleRate / 2)) {
                throw new IllegalArgumentException("band " + lowHz + "–" + highHz + " Hz needs low < high < fs/2 = "
                        + sampleRate / 2 + " Hz");
            }
            Checks.positive("order", order);
            Checks.positive("peakWindow", peakWindow);
            Checks.positive("beatWindow", beatWindow);
            Checks.nonNegative("beatOffset", beatOffset);
            Checks.nonNegative("minDelay", minDelay);
        }

        /** Elgendi's / NeuroKit2's defaults at the given rate. */
        public static Config of(double sampleRate) {
            return new Config(sampleRate, 0.5, 8, 3, 0.111, 0.667, 0.02, 0.3);
        }
    }

    private final Config config;
    private final Sos bandpass;

    public PpgPeakDetector(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.bandpass = Butterworth.bandpass(config.order(), config.lowHz(), config.highHz(), config.sampleRate());
    }

    public Config config() {
        return config;
    }

    /** The band-passed PPG (step 1). */
    public double[] clean(double[] x) {
        return SosFilter.filtfilt(bandpass, x);
    }

    /** The systolic peaks of a raw PPG at the configured rate. */
    public Peaks detect(double[] ppg) {
        Checks.finite("ppg", ppg);
        double fs = config.sampleRate();
        if (ppg.length <= bandpass.defaultPadLength()) {
            return new Peaks(new int[0], fs, List.of("the PPG has " + ppg.length
                    + " samples; pulse detection needs more than " + bandpass.defaultPadLength()));
        }
        double[] clean = clean(ppg);
        double[] y = new double[clean.length];
        double mean = 0;
        for (int i = 0; i < y.length; i++) {
            double v = Math.max(clean[i], 0);
            y[i] = v * v;
            mean += y[i];
        }
        mean /= y.length;
        int peakWindow = Math.max(1, (int) Math.rint(config.peakWindow() * fs));
        double[] maPeak = Smoothing.boxcar(y, peakWindow);
        double[] maBeat = Smoothing.boxcar(y, Math.max(1, (int) Math.rint(config.beatWindow() * fs)));
        boolean[] above = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            above[i] = maPeak[i] > maBeat[i] + config.beatOffset() * mean;
        }
        Blocks blocks = Blocks.of(above);
        int[] peaks = blocks.peaks(clean, peakWindow, (int) Math.rint(config.minDelay() * fs));
        List<String> warnings = new ArrayList<>();
        if (peaks.length == 0) {
            warnings.add("no pulse peak found (" + blocks.count() + " candidate blocks)");
        }
        return new Peaks(peaks, fs, warnings);
    }
}
