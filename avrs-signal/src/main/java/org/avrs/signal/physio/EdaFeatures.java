package org.avrs.signal.physio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;

/**
 * Electrodermal activity of a whole record as one row: {@link EdaDecomposition} into tonic and phasic
 * parts, then {@link ScrDetector} on the phasic part. Columns:
 * <ul>
 *   <li>{@code scl_mean}: mean tonic level (µS); {@code phasic_sd}: biased standard deviation of the
 *       phasic part (µS)</li>
 *   <li>{@code scr_count}; {@code scr_rate}: SCRs per minute</li>
 *   <li>{@code scr_amplitude_mean}, {@code scr_amplitude_max} (µS), {@code scr_rise_time_mean},
 *       {@code scr_recovery_time_mean} (s; the mean over SCRs that reach half recovery) — NaN without
 *       SCRs</li>
 * </ul>
 * The row time is the record's midpoint. {@link #scrTable(Signal)} lists the SCRs one per row.
 * Immutable and thread-safe.
 */
public final class EdaFeatures implements PhysioExtractor {

    /** The summary columns. */
    public static final List<String> COLUMNS = List.of("scl_mean", "phasic_sd", "scr_count", "scr_rate",
            "scr_amplitude_mean", "scr_amplitude_max", "scr_rise_time_mean", "scr_recovery_time_mean");

    /** The columns of {@link #scrTable}: one row per SCR, at its peak time. */
    public static final List<String> SCR_COLUMNS = List.of("onset_time", "amplitude", "rise_time",
            "recovery_time");

    /**
     * @param channel the channel to read (used whatever its name if the signal has only one)
     * @param decomposition tonic/phasic split (its rate is the rate accepted)
     * @param scr SCR detection (same rate)
     */
    public record Config(String channel, EdaDecomposition.Config decomposition, ScrDetector.Config scr) {
        public Config {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(decomposition, "decomposition");
            Objects.requireNonNull(scr, "scr");
            if (decomposition.sampleRate() != scr.sampleRate()) {
                throw new IllegalArgumentException("decomposition at " + decomposition.sampleRate()
                        + " Hz and SCR detection at " + scr.sampleRate() + " Hz differ");
            }
        }

        /** Channel "EDA" at the given rate with the default decomposition and SCR criteria. */
        public static Config of(String channel, double sampleRate) {
            return new Config(channel, EdaDecomposition.Config.of(sampleRate), ScrDetector.Config.of(sampleRate));
        }

        public static Config defaults() {
            return of("EDA", 100);
        }
    }

    private final Config config;
    private final EdaDecomposition decomposition;
    private final ScrDetector detector;

    public EdaFeatures(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.decomposition = new EdaDecomposition(config.decomposition());
        this.detector = new ScrDetector(config.scr());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return COLUMNS;
    }

    /** The tonic and phasic parts of the configured channel. */
    public EdaDecomposition.Components components(Signal signal) {
        return decomposition.decompose(PhysioInput.channel(signal, config.channel(),
                config.decomposition().sampleRate(), "EDA features"));
    }

    /** The SCRs of the configured channel. */
    public ScrPeaks scrs(Signal signal) {
        return detector.detect(components(signal).phasic());
    }

    @Override
    public Extraction extractWithWarnings(Signal signal) {
        EdaDecomposition.Components c = components(signal);
        ScrPeaks scr = detector.detect(c.phasic());
        double[] phasic = c.phasic();
        double[] row = {mean(c.tonic()), Math.sqrt(variance(phasic)), scr.count(),
            scr.count() / (signal.durationSeconds() / 60), mean(scr.amplitudes()), max(scr.amplitudes()),
            mean(scr.riseTimes()), mean(finite(scr.halfRecoveryTimes()))};
        return new Extraction(FeatureMatrix.of(COLUMNS, new double[] {signal.durationSeconds() / 2},
                new double[][] {row}), scr.warnings());
    }

    /** The SCRs as rows ({@link #SCR_COLUMNS}), at their peak times; no rows (and a warning) without SCRs. */
    public Extraction scrTable(Signal signal) {
        ScrPeaks scr = scrs(signal);
        double fs = config.scr().sampleRate();
        int[] peaks = scr.peaks();
        int[] onsets = scr.onsets();
        double[] amp = scr.amplitudes();
        double[] rise = scr.riseTimes();
        double[] rec = scr.halfRecoveryTimes();
        double[] times = new double[peaks.length];
        double[][] rows = new double[peaks.length][];
        for (int k = 0; k < peaks.length; k++) {
            times[k] = peaks[k] / fs;
            rows[k] = new double[] {onsets[k] / fs, amp[k], rise[k], rec[k]};
        }
        return new Extraction(FeatureMatrix.of(SCR_COLUMNS, times, rows), scr.warnings());
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / x.length;
    }

    private static double max(double[] x) {
        double m = Double.NaN;
        for (double v : x) {
            m = Double.isNaN(m) ? v : Math.max(m, v);
        }
        return m;
    }

    private static double[] finite(double[] x) {
        List<Double> out = new ArrayList<>();
        for (double v : x) {
            if (Double.isFinite(v)) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
