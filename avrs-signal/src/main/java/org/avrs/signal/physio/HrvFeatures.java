package org.avrs.signal.physio;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureMatrix;

/**
 * Heart rate and HRV of a whole record as one row: beats are detected in an ECG channel
 * ({@link EcgPeakDetector}, NeuroKit2's method) or a PPG channel ({@link PpgPeakDetector}, Elgendi 2013),
 * with their default parameters at the configured rate, then summarised by {@link Hrv}. Columns
 * {@link HrvResult#COLUMNS}; the row time is the record's midpoint. A record without beats gives NaN
 * values with warnings. Immutable and thread-safe.
 */
public final class HrvFeatures implements PhysioExtractor {

    /** Where the beats come from. */
    public enum Source { ECG, PPG }

    /**
     * @param channel the channel to read (used whatever its name if the signal has only one)
     * @param source ECG R-peaks or PPG pulse peaks
     * @param sampleRate the signal rate accepted, Hz
     * @param hrv the HRV settings
     */
    public record Config(String channel, Source source, double sampleRate, Hrv.Config hrv) {
        public Config {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(source, "source");
            Checks.positive("sampleRate", sampleRate);
            Objects.requireNonNull(hrv, "hrv");
        }

        /** Channel "ECG" at 100 Hz (NeuroKit2's example recordings), ECG R-peaks, {@link Hrv.Config#defaults()}. */
        public static Config defaults() {
            return new Config("ECG", Source.ECG, 100, Hrv.Config.defaults());
        }

        public Config withChannel(String name) {
            return new Config(name, source, sampleRate, hrv);
        }

        public Config withSource(Source s) {
            return new Config(channel, s, sampleRate, hrv);
        }

        public Config withSampleRate(double rate) {
            return new Config(channel, source, rate, hrv);
        }
    }

    private final Config config;
    private final Hrv hrv;
    private final EcgPeakDetector ecg;
    private final PpgPeakDetector ppg;

    public HrvFeatures(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.hrv = new Hrv(config.hrv());
        this.ecg = config.source() == Source.ECG ? new EcgPeakDetector(EcgPeakDetector.Config.of(config.sampleRate()))
                : null;
        this.ppg = config.source() == Source.PPG ? new PpgPeakDetector(PpgPeakDetector.Config.of(config.sampleRate()))
                : null;
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return HrvResult.COLUMNS;
    }

    /** The beats of the configured channel. */
    public Peaks peaks(Signal signal) {
        double[] x = PhysioInput.channel(signal, config.channel(), config.sampleRate(), "HRV");
        return ecg != null ? ecg.detect(x) : ppg.detect(x);
    }

    /** The full HRV result of a signal. */
    public HrvResult analyze(Signal signal) {
        return hrv.of(peaks(signal));
    }

    @Override
    public Extraction extractWithWarnings(Signal signal) {
        HrvResult r = analyze(signal);
        FeatureMatrix m = FeatureMatrix.of(HrvResult.COLUMNS, new double[] {signal.durationSeconds() / 2},
                new double[][] {r.values()});
        return new Extraction(m, r.warnings());
    }
}
