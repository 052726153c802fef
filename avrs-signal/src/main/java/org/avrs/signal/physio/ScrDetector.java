package org.avrs.signal.physio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;

/**
 * Skin conductance responses (SCRs) in the phasic EDA ({@link EdaDecomposition}), by peak prominence:
 * <ol>
 *   <li>candidates: the local maxima of the phasic signal (scipy.signal.find_peaks: higher than both
 *       neighbours, the middle of a flat top);</li>
 *   <li>prominence (scipy.signal.peak_prominences without a window): the height above the higher of the
 *       lowest points between the peak and the nearest higher sample on each side (or the record's end);
 *       a candidate is an SCR when its prominence is at least {@code minAmplitude} and at least
 *       {@code relativeAmplitude} × the largest prominence in the record (NeuroKit2's default relative
 *       threshold, 0.1) — so wiggles on a rising edge, whose right side climbs further, do not count;</li>
 *   <li>onset: first the trough before the rise — walking left from the peak and keeping the lowest
 *       sample seen (the rightmost of equal ones), the walk stops where the signal is again more than
 *       {@code minAmplitude} above that lowest sample (the far side of the trough: the decay of an
 *       earlier response), or higher than the peak, or at the record's start, so that dips shallower
 *       than minAmplitude on the rising edge do not stop it; then, between that trough and the peak,
 *       the start of the steep rise: with dᵢ = xᵢ₊₁ − xᵢ and d* its largest value there (at i*), the
 *       onset is the sample j ≤ i* reached walking left from i* while dⱼ₋₁ &gt; {@code onsetSlope}·d*
 *       (so a slow drift into the response, e.g. a high-pass undershoot recovering, is not counted as
 *       rise). amplitude = phasic(peak) − phasic(onset); rise
 *       time = (peak − onset)/fs;
 *       half-recovery time = the time from the peak until the phasic signal first falls to
 *       phasic(peak) − amplitude/2, searched up to the next SCR's onset (NaN if it does not).</li>
 * </ol>
 * Defaults: minAmplitude 0.01 (µS, the usual SCR criterion, Boucsein 2012, doi:10.1007/978-1-4614-1126-0),
 * relativeAmplitude 0.1, onsetSlope 0.1. A record without SCRs gives an empty {@link ScrPeaks} with a warning.
 */
public final class ScrDetector {

    /**
     * @param sampleRate Hz
     * @param minAmplitude smallest SCR prominence, in the signal's unit (µS)
     * @param relativeAmplitude smallest prominence as a fraction of the record's largest, in [0, 1]
     * @param onsetSlope the slope, as a fraction of the steepest rise, at which a rise starts, in [0, 1)
     */
    public record Config(double sampleRate, double minAmplitude, double relativeAmplitude, double onsetSlope) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Checks.nonNegative("minAmplitude", minAmplitude);
            Checks.inRange("relativeAmplitude", relativeAmplitude, 0, 1);
            Checks.inRange("onsetSlope", onsetSlope, 0, 1);
            if (onsetSlope == 1) {
                throw new IllegalArgumentException("onsetSlope 1.0 must be below 1");
            }
        }

        /** minAmplitude 0.01, relativeAmplitude 0.1, onsetSlope 0.1. */
        public static Config of(double sampleRate) {
            return new Config(sampleRate, 0.01, 0.1, 0.1);
        }
    }

    private final Config config;

    public ScrDetector(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /** The SCRs of a phasic EDA signal at the configured rate. */
    public ScrPeaks detect(double[] phasic) {
        Checks.finite("phasic", phasic);
        int n = phasic.length;
        List<int[]> candidates = new ArrayList<>(); // {peak, onset}
        List<Double> prominences = new ArrayList<>();
        double largest = 0;
        for (int i = 1; i < n - 1; i++) {
            if (!(phasic[i - 1] < phasic[i])) {
                continue;
            }
            int ahead = i + 1;
            while (ahead < n - 1 && phasic[ahead] == phasic[i]) {
                ahead++;
            }
            if (phasic[ahead] < phasic[i]) {
                int peak = (i + ahead - 1) / 2;
                int onset = riseStart(phasic, trough(phasic, peak, config.minAmplitude()), peak,
                        config.onsetSlope());
                double prominence = phasic[peak] - Math.max(leftMin(phasic, peak), rightMin(phasic, peak));
                candidates.add(new int[] {peak, onset});
                prominences.add(prominence);
                largest = Math.max(largest, prominence);
            }
            i = ahead - 1;
        }
        double threshold = Math.max(config.minAmplitude(), config.relativeAmplitude() * largest);
        List<int[]> kept = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (prominences.get(k) >= threshold && prominences.get(k) > 0) {
                kept.add(candidates.get(k));
            }
        }
        int m = kept.size();
        int[] peaks = new int[m];
        int[] onsets = new int[m];
        double[] amplitudes = new double[m];
        double[] rise = new double[m];
        double[] recovery = new double[m];
        double fs = config.sampleRate();
        for (int k = 0; k < m; k++) {
            peaks[k] = kept.get(k)[0];
            onsets[k] = kept.get(k)[1];
            amplitudes[k] = phasic[peaks[k]] - phasic[onsets[k]];
            rise[k] = (peaks[k] - onsets[k]) / fs;
        }
        for (int k = 0; k < m; k++) {
            int limit = k + 1 < m ? onsets[k + 1] : n - 1;
            double half = phasic[peaks[k]] - amplitudes[k] / 2;
            recovery[k] = Double.NaN;
            for (int i = peaks[k] + 1; i <= limit; i++) {
                if (phasic[i] <= half) {
                    recovery[k] = (i - peaks[k]) / fs;
                    break;
                }
            }
        }
        List<String> warnings = m == 0
                ? List.of(String.format("no SCR found (no phasic peak with prominence >= %.4g)", threshold))
                : List.of();
        return new ScrPeaks(onsets, peaks, amplitudes, rise, recovery, fs, warnings);
    }

    /** The onset of the response peaking at {@code peak}: the trough rule of the class comment. */
    private static int trough(double[] x, int peak, double depth) {
        int base = peak;
        for (int j = peak - 1; j >= 0 && x[j] <= x[peak] && x[j] <= x[base] + depth; j--) {
            if (x[j] < x[base]) {
                base = j;
            }
        }
        return base;
    }

    /** The start of the steep rise between a trough and a peak (the class comment's second step). */
    private static int riseStart(double[] x, int trough, int peak, double fraction) {
        int steepest = trough;
        for (int i = trough; i < peak; i++) {
            if (x[i + 1] - x[i] > x[steepest + 1] - x[steepest]) {
                steepest = i;
            }
        }
        double limit = fraction * (x[steepest + 1] - x[steepest]);
        int j = steepest;
        while (j > trough && x[j] - x[j - 1] > limit) {
            j--;
        }
        return j;
    }

    /** The lowest sample between the peak and the nearest higher sample on its left (the prominence base). */
    private static double leftMin(double[] x, int peak) {
        double min = x[peak];
        for (int j = peak - 1; j >= 0 && x[j] <= x[peak]; j--) {
            min = Math.min(min, x[j]);
        }
        return min;
    }

    private static double rightMin(double[] x, int peak) {
        double min = x[peak];
        for (int j = peak + 1; j < x.length && x[j] <= x[peak]; j++) {
            min = Math.min(min, x[j]);
        }
        return min;
    }
}
