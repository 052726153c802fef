package org.avrs.signal.physio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.Psd;
import org.avrs.signal.dsp.Welch;

/**
 * Heart-rate variability from beat times (Task Force of the ESC and NASPE 1996, "Heart rate
 * variability: standards of measurement…", Circulation 93:1043–1065, doi:10.1161/01.CIR.93.5.1043). RRₖ
 * = tₖ₊₁ − tₖ in ms between consecutive peaks; no ectopic-beat correction is applied.
 *
 * <p>Time domain: MeanNN = mean RR; SDNN = the sample standard deviation of RR (n − 1); RMSSD =
 * √(mean((RRₖ₊₁ − RRₖ)²)); pNN50 = 100 · #{|RRₖ₊₁ − RRₖ| &gt; 50 ms} / #RR (the Task Force's and NeuroKit2's
 * denominator: all RR intervals); HR = mean of 60000/RRₖ in beats per minute.
 *
 * <p>Frequency domain: RRₖ placed at the time of the beat that ends it, interpolated with a monotone
 * cubic ({@link Pchip}, as NeuroKit2's "monotone_cubic") at {@code interpolationRate} Hz from the first
 * to the last of those times; Welch's PSD of that series (Hann, nperseg = min(segmentSeconds·rate,
 * length), 50 % overlap, mean removed per segment, density, ms²/Hz); LF = power in [0.04, 0.15) Hz, HF
 * in [0.15, 0.40) Hz (NeuroKit2's and the Task Force's limits), Σ P·Δf over the bins in the band; LF/HF
 * their ratio. Frequency measures need at least 3 beats and a series spanning 2/lfLow seconds
 * (50 s by default, so the LF band holds ≥ 2 bins); shorter records get NaN and a warning, and records
 * under 2 minutes a warning that LF is unreliable (the Task Force's minimum).
 */
public final class Hrv {

    /**
     * @param interpolationRate resampling rate of the RR series, Hz
     * @param segmentSeconds Welch segment length, s
     * @param lfLow LF band low edge, Hz
     * @param lfHigh LF high edge = HF low edge, Hz
     * @param hfHigh HF band high edge, Hz (below interpolationRate/2)
     */
    public record Config(double interpolationRate, double segmentSeconds, double lfLow, double lfHigh,
                         double hfHigh) {
        public Config {
            Checks.positive("interpolationRate", interpolationRate);
            Checks.positive("segmentSeconds", segmentSeconds);
            Checks.positive("lfLow", lfLow);
            if (!(lfLow < lfHigh && lfHigh < hfHigh && hfHigh <= interpolationRate / 2)) {
                throw new IllegalArgumentException("bands need lfLow < lfHigh < hfHigh <= interpolationRate/2; got "
                        + lfLow + ", " + lfHigh + ", " + hfHigh + ", " + interpolationRate / 2);
            }
        }

        /** 4 Hz, 64 s (256-sample) segments, LF 0.04–0.15 Hz, HF 0.15–0.4 Hz. */
        public static Config defaults() {
            return new Config(4, 64, 0.04, 0.15, 0.4);
        }
    }

    private final Config config;

    public Hrv(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /** The HRV of detected peaks; never throws for few or no peaks (NaN values and warnings instead). */
    public HrvResult of(Peaks peaks) {
        List<String> warnings = new ArrayList<>(peaks.warnings());
        double[] rr = peaks.intervalsMs();
        int n = rr.length;
        if (n == 0) {
            warnings.add(peaks.count() + " peaks: no RR interval, no HRV");
            return new HrvResult(peaks.count(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, warnings);
        }
        double meanNn = 0;
        double hr = 0;
        for (double v : rr) {
            meanNn += v;
            hr += 60000 / v;
        }
        meanNn /= n;
        hr /= n;
        double ss = 0;
        for (double v : rr) {
            ss += (v - meanNn) * (v - meanNn);
        }
        double sdnn = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double sq = 0;
        int nn50 = 0;
        for (int k = 0; k + 1 < n; k++) {
            double d = rr[k + 1] - rr[k];
            sq += d * d;
            nn50 += Math.abs(d) > 50 ? 1 : 0;
        }
        double rmssd = n > 1 ? Math.sqrt(sq / (n - 1)) : Double.NaN;
        double pnn50 = n > 1 ? 100.0 * nn50 / n : Double.NaN;
        if (n < 2) {
            warnings.add("one RR interval: SDNN, RMSSD and pNN50 need at least two");
        }
        double[] spectral = frequencyDomain(peaks, rr, warnings);
        return new HrvResult(peaks.count(), hr, meanNn, sdnn, rmssd, pnn50, spectral[0], spectral[1],
                spectral[0] / spectral[1], warnings);
    }

    /** {LF, HF} in ms², NaN (with a warning) when the series is too short. */
    private double[] frequencyDomain(Peaks peaks, double[] rr, List<String> warnings) {
        double[] times = peaks.times();
        double span = times[times.length - 1] - times[1];
        double needed = 2 / config.lfLow();
        if (rr.length < 2 || span < needed) {
            warnings.add(String.format("the RR series spans %.1f s; LF/HF need at least %.0f s", span, needed));
            return new double[] {Double.NaN, Double.NaN};
        }
        if (span < 120) {
            warnings.add(String.format("the RR series spans %.1f s; LF is unreliable under 120 s", span));
        }
        double[] series = resampled(times, rr);
        double rate = config.interpolationRate();
        int nperseg = (int) Math.min(Math.round(config.segmentSeconds() * rate), series.length);
        Psd psd = new Welch(Welch.Config.of(nperseg)).psd(series, rate);
        return new double[] {psd.bandPower(config.lfLow(), config.lfHigh()),
            psd.bandPower(config.lfHigh(), config.hfHigh())};
    }

    /**
     * The RR series (ms) at the interpolation rate: RRₖ at tₖ₊₁, PCHIP between, sampled at
     * t₁ + j/rate for t₁ + j/rate ≤ t_last.
     */
    public double[] resampled(double[] beatTimes, double[] rr) {
        double[] knots = java.util.Arrays.copyOfRange(beatTimes, 1, beatTimes.length);
        Pchip p = new Pchip(knots, rr);
        double rate = config.interpolationRate();
        int m = (int) Math.floor((knots[knots.length - 1] - knots[0]) * rate + 1e-9) + 1;
        double[] out = new double[m];
        for (int j = 0; j < m; j++) {
            out[j] = p.at(knots[0] + j / rate);
        }
        return out;
    }
}
