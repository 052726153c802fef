package org.avrs.sensing.physio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.physio.EdaDecomposition;
import org.avrs.signal.physio.EdaFeatures;
import org.avrs.signal.physio.Extraction;
import org.avrs.signal.physio.Hrv;
import org.avrs.signal.physio.HrvFeatures;
import org.avrs.signal.physio.HrvResult;
import org.avrs.signal.physio.Peaks;

/**
 * Heart and skin-conductance features of one stretch of recording, after the inputs of Đorđević Čegar
 * et al. (2020; ECG, EDA and EEG during stereoscopic 3D viewing → MLP; survey digest 01): "IIR Median,
 * HR Moving STD, HR Moving PCA, EDA Median, EDA STD, EDA PCA, and SCR Mean". Computed here:
 * <ul>
 *   <li>{@code hr_mean}, {@code sdnn}, {@code rmssd} — mean heart rate (bpm) and time-domain HRV (ms) of the
 *       detected beats ({@link HrvFeatures}: ECG R-peaks or PPG systolic peaks);</li>
 *   <li>{@code hr_median} — the median instantaneous heart rate 60000/RR (our reading of "IIR Median": the
 *       median of the inter-beat-interval rate);</li>
 *   <li>{@code hr_moving_sd} — "HR Moving STD": the SD (n − 1) of the instantaneous rates timed within each
 *       {@code movingSeconds} window (windows every movingSeconds/2; windows with fewer than 2 beats are
 *       skipped), averaged over windows;</li>
 *   <li>{@code eda_median}, {@code eda_sd} — median and SD (n − 1) of the cleaned EDA (µS,
 *       {@link EdaDecomposition});</li>
 *   <li>{@code scl_mean} — the mean tonic level (µS); {@code scr_rate} — SCRs per minute;
 *       {@code scr_amplitude_mean} — "SCR Mean", the mean SCR amplitude (µS), 0 when there is none
 *       ({@link EdaFeatures}).</li>
 * </ul>
 * The two PCA inputs are not computed: the survey does not say what they project. A value that cannot
 * be computed (too few beats) is NaN, with a warning. Immutable and thread-safe.
 */
public final class PhysioFeatures {

    /** Column names of {@link #extract}. */
    public static final List<String> NAMES = List.of("hr_mean", "hr_median", "hr_moving_sd", "sdnn", "rmssd",
            "eda_median", "eda_sd", "scl_mean", "scr_rate", "scr_amplitude_mean");

    /**
     * @param heartChannel the ECG or PPG channel name
     * @param heartSource which of the two it is
     * @param edaChannel the EDA channel (µS)
     * @param sampleRate Hz of both
     * @param movingSeconds the moving window of hr_moving_sd, s, &gt; 0 (10)
     */
    public record Config(String heartChannel, HrvFeatures.Source heartSource, String edaChannel, double sampleRate,
                         double movingSeconds) {
        public Config {
            Objects.requireNonNull(heartChannel, "heartChannel");
            Objects.requireNonNull(heartSource, "heartSource");
            Objects.requireNonNull(edaChannel, "edaChannel");
            if (!(sampleRate > 0) || Double.isInfinite(sampleRate)) {
                throw new IllegalArgumentException("sampleRate " + sampleRate + " must be > 0 and finite");
            }
            if (!(movingSeconds > 0) || Double.isInfinite(movingSeconds)) {
                throw new IllegalArgumentException("movingSeconds " + movingSeconds + " must be > 0 and finite");
            }
        }

        /** Channels "ECG" and "EDA" at the given rate, 10 s moving window. */
        public static Config ecg(double sampleRate) {
            return new Config("ECG", HrvFeatures.Source.ECG, "EDA", sampleRate, 10);
        }

        /** Channels "PPG" and "EDA" at the given rate, 10 s moving window. */
        public static Config ppg(double sampleRate) {
            return new Config("PPG", HrvFeatures.Source.PPG, "EDA", sampleRate, 10);
        }
    }

    /** The features of a stretch and why some may be NaN. */
    public record Result(double[] values, List<String> warnings) {
        public Result {
            values = values.clone();
            warnings = List.copyOf(warnings);
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** Whether every value is finite. */
        public boolean complete() {
            return Arrays.stream(values).allMatch(Double::isFinite);
        }
    }

    private final Config config;
    private final HrvFeatures hrv;
    private final Hrv heart;
    private final EdaFeatures eda;

    public PhysioFeatures(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.hrv = new HrvFeatures(HrvFeatures.Config.defaults().withChannel(config.heartChannel())
                .withSource(config.heartSource()).withSampleRate(config.sampleRate()));
        this.heart = new Hrv(hrv.config().hrv());
        this.eda = new EdaFeatures(EdaFeatures.Config.of(config.edaChannel(), config.sampleRate()));
    }

    public Config config() {
        return config;
    }

    /**
     * The features of a signal holding the heart and EDA channels.
     *
     * @throws org.avrs.core.InvalidInputException for another rate, a missing channel, or a record too short
     *     to filter
     */
    public Result extract(Signal signal) {
        List<String> warnings = new ArrayList<>();
        Peaks beats = hrv.peaks(signal);
        HrvResult h = heart.of(beats);
        warnings.addAll(h.warnings());
        double[] hr = HeartRate.instantaneous(beats);
        if (hr.length < 2) {
            warnings.add(beats.count() + " beats found; heart-rate features need at least 3");
        }
        EdaDecomposition.Components c = eda.components(signal);
        Extraction e = eda.extractWithWarnings(signal);
        FeatureMatrix row = e.features();
        double scrs = row.get(0, "scr_count");
        double[] v = {h.hrMean(), median(hr), movingSd(beats, hr, signal.durationSeconds()), h.sdnn(), h.rmssd(),
            median(c.clean()), sd(c.clean()), row.get(0, "scl_mean"), row.get(0, "scr_rate"),
            scrs == 0 ? 0 : row.get(0, "scr_amplitude_mean")};
        return new Result(v, warnings);
    }

    /** Mean over windows of movingSeconds (every movingSeconds/2; one window over a shorter record) of the
     * SD of the rates timed inside; windows with fewer than 2 rates are skipped. */
    private double movingSd(Peaks beats, double[] hr, double duration) {
        if (hr.length < 2) {
            return Double.NaN;
        }
        double[] t = Arrays.copyOfRange(beats.times(), 1, beats.count());
        double w = config.movingSeconds();
        double step = w / 2;
        int count = duration <= w ? 1 : 1 + (int) Math.floor((duration - w) / step + 1e-9);
        double sum = 0;
        int used = 0;
        for (int j = 0; j < count; j++) {
            double start = j * step;
            double end = duration <= w ? Double.POSITIVE_INFINITY : start + w;
            double[] inside = java.util.stream.IntStream.range(0, t.length).filter(k -> t[k] >= start && t[k] < end)
                    .mapToDouble(k -> hr[k]).toArray();
            if (inside.length >= 2) {
                sum += sd(inside);
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }

    static double median(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    static double sd(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
