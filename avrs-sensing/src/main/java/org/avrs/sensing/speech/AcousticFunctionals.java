package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.summary.Functionals;

/**
 * The utterance vector of the classical speech pipeline: frame-level descriptors summarised by
 * {@link Functionals}, once per frame selection ("view").
 *
 * <p><b>Frame descriptors</b> (25 ms Hann frames every 10 ms, see {@link SpeechFraming}; mel bands up to
 * 8 kHz so that any rate from 16 kHz up gives comparable values):
 * <ul>
 * <li>{@code mfccCount} MFCC (40 Slaney mel bands, librosa's dB with an 80 dB floor, orthonormal DCT-II)
 *     with their Δ and ΔΔ (Savitzky–Golay derivatives over 9 frames, librosa.feature.delta);</li>
 * <li>{@code melBands} log-mel energies in dB (Slaney mel, no floor);</li>
 * <li>log energy 10·log₁₀(Σx² + 10⁻¹⁰) of the frame, zero-crossing rate, spectral centroid (Hz), 85 %
 *     roll-off (Hz) and flux;</li>
 * <li>F0 by YIN (de Cheveigné and Kawahara 2002, doi:10.1121/1.1458024) in [f0Min, f0Max] over a 40 ms
 *     window, with its voicing decision and aperiodicity.</li>
 * </ul>
 *
 * <p><b>Views.</b> For each threshold T of {@code activeDb} the active frames are those whose log
 * energy is within T dB of the recording's loudest frame (T = ∞: every frame). A view is the
 * functionals ({@code statistics}) of every descriptor over its active frames, then the functionals of
 * ln F0 over the active frames YIN calls voiced (all zero when none is), the voiced fraction of the
 * active frames and their mean voicing strength 1 − aperiodicity. Dropping quiet frames removes pauses
 * and the zero padding of short recordings, which otherwise dominate minima, percentiles and slopes.
 * The vector is the views one after another ({@link #views()}); a model may use one of them.
 *
 * <p>Immutable and thread-safe; the per-rate extractors are built once and shared.
 *
 * @param mfccCount cepstral coefficients per frame, c0 included (1…40)
 * @param melBands log-mel bands (0 for none, at most 128)
 * @param activeDb the views' thresholds in dB (&gt; 0, +∞ for all frames), at least one, no repeats
 * @param f0Min lowest F0 searched, Hz (&gt; 0)
 * @param f0Max highest F0 searched, Hz (f0Min &lt; f0Max ≤ 8 kHz)
 * @param yinThreshold YIN's absolute threshold in (0, 1)
 * @param statistics the functionals taken of each descriptor
 */
public record AcousticFunctionals(int mfccCount, int melBands, List<Double> activeDb, double f0Min, double f0Max,
                                  double yinThreshold, List<Functionals.Statistic> statistics)
        implements UtteranceFeatures {

    /** The value of the {@code features} property. */
    public static final String KIND = "acoustic-functionals";
    /** The lowest sample rate accepted: the mel bands reach 8 kHz. */
    public static final double MIN_RATE = SpeechFraming.MIN_RATE;
    /** Bumped whenever the extraction code changes its output; part of feature-cache keys. */
    public static final int CODE_VERSION = 1;
    static final double FMAX = 8_000;

    public AcousticFunctionals {
        if (mfccCount < 1 || mfccCount > LowLevelDescriptors.MFCC_MEL_BANDS) {
            throw new IllegalArgumentException("mfccCount " + mfccCount + " must be in [1, "
                    + LowLevelDescriptors.MFCC_MEL_BANDS + "]");
        }
        if (melBands < 0 || melBands > 128) {
            throw new IllegalArgumentException("melBands " + melBands + " must be in [0, 128]");
        }
        activeDb = List.copyOf(activeDb);
        if (activeDb.isEmpty() || activeDb.stream().distinct().count() != activeDb.size()) {
            throw new IllegalArgumentException("activeDb " + activeDb + " needs at least one threshold, no repeats");
        }
        for (double t : activeDb) {
            if (!(t > 0)) {
                throw new IllegalArgumentException("activeDb threshold " + t + " must be > 0 (or Infinity)");
            }
        }
        if (!(f0Min > 0) || !(f0Max > f0Min) || f0Max > FMAX) {
            throw new IllegalArgumentException("F0 range [" + f0Min + ", " + f0Max + "] Hz must satisfy 0 < f0Min < f0Max <= "
                    + FMAX);
        }
        if (!(yinThreshold > 0 && yinThreshold < 1)) {
            throw new IllegalArgumentException("yinThreshold " + yinThreshold + " must be in (0, 1)");
        }
        statistics = List.copyOf(statistics);
        new Functionals(statistics);
    }

    /**
     * 20 MFCC + Δ + ΔΔ, 26 log-mel bands, views over all frames and frames within 40 dB and 30 dB of the
     * loudest, F0 60–500 Hz with YIN threshold 0.2, every functional: 3 views × 922 = 2,766 values.
     */
    public static AcousticFunctionals defaults() {
        return new AcousticFunctionals(20, 26, List.of(Double.POSITIVE_INFINITY, 40.0, 30.0), 60, 500, 0.2,
                List.of(Functionals.Statistic.values()));
    }

    /** This configuration with other views. */
    public AcousticFunctionals withActiveDb(List<Double> thresholds) {
        return new AcousticFunctionals(mfccCount, melBands, thresholds, f0Min, f0Max, yinThreshold, statistics);
    }

    /** Frame descriptors per frame: 3 × mfccCount + melBands + 5. */
    int descriptorCount() {
        return 3 * mfccCount + melBands + LowLevelDescriptors.SPECTRAL_COLUMNS;
    }

    /** Values per view: functionals of the descriptors and of ln F0, voiced fraction, voicing strength. */
    public int viewDimension() {
        return (descriptorCount() + 1) * statistics.size() + 2;
    }

    @Override
    public int dimension() {
        return activeDb.size() * viewDimension();
    }

    @Override
    public List<View> views() {
        List<View> views = new ArrayList<>();
        for (int v = 0; v < activeDb.size(); v++) {
            views.add(new View(viewName(activeDb.get(v)), v * viewDimension(), (v + 1) * viewDimension()));
        }
        return views;
    }

    private static String viewName(double threshold) {
        return Double.isInfinite(threshold) ? "all-frames"
                : String.format(Locale.ROOT, "active-%sdB", threshold == Math.rint(threshold)
                        ? Long.toString((long) threshold) : Double.toString(threshold));
    }

    /** The name of every value, view by view ({@code <view>/<descriptor>_<statistic>}). */
    public List<String> names() {
        List<String> descriptors = new ArrayList<>(LowLevelDescriptors.names(this));
        descriptors.add("ln_f0");
        Functionals f = new Functionals(statistics);
        List<String> out = new ArrayList<>(dimension());
        for (double t : activeDb) {
            for (String n : f.names(descriptors)) {
                out.add(viewName(t) + "/" + n);
            }
            out.add(viewName(t) + "/voiced_fraction");
            out.add(viewName(t) + "/voicing_strength");
        }
        return out;
    }

    /**
     * @throws InvalidInputException if the rate is below 16 kHz or the recording is shorter than the 9
     *     frames the deltas need
     */
    @Override
    public double[] extract(Signal recording, String source) {
        SpeechFraming.requireRate(recording, source);
        double rate = recording.sampleRate();
        LowLevelDescriptors.Frames frames = extractors(rate).compute(recording.toMono().channel(0), source);
        Functionals functionals = new Functionals(statistics);
        double[] out = new double[dimension()];
        int at = 0;
        for (double threshold : activeDb) {
            boolean[] active = frames.activeWithin(threshold);
            double[] view = view(frames, active, functionals);
            System.arraycopy(view, 0, out, at, view.length);
            at += view.length;
        }
        return out;
    }

    private double[] view(LowLevelDescriptors.Frames frames, boolean[] active, Functionals functionals) {
        List<double[]> rows = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        List<double[]> f0Rows = new ArrayList<>();
        List<Double> f0Times = new ArrayList<>();
        double voicing = 0;
        for (int t = 0; t < active.length; t++) {
            if (!active[t]) {
                continue;
            }
            rows.add(frames.descriptors()[t]);
            times.add(frames.times()[t]);
            voicing += 1 - Math.min(1, Math.max(0, frames.aperiodicity()[t]));
            if (frames.voiced()[t]) {
                f0Rows.add(new double[] {Math.log(frames.f0()[t])});
                f0Times.add(frames.times()[t]);
            }
        }
        double[] descriptors = functionals.apply(FeatureMatrix.of(frames.names(), unbox(times),
                rows.toArray(double[][]::new)));
        double[] f0 = f0Rows.isEmpty() ? new double[statistics.size()]
                : functionals.apply(FeatureMatrix.of(List.of("ln_f0"), unbox(f0Times), f0Rows.toArray(double[][]::new)));
        double[] out = Arrays.copyOf(descriptors, descriptors.length + f0.length + 2);
        System.arraycopy(f0, 0, out, descriptors.length, f0.length);
        out[out.length - 2] = (double) f0Rows.size() / rows.size();
        out[out.length - 1] = voicing / rows.size();
        return out;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Extractors by (configuration, rate): filterbanks and FFT plans are built once. */
    private static final ConcurrentMap<String, LowLevelDescriptors> EXTRACTORS = new ConcurrentHashMap<>();

    private LowLevelDescriptors extractors(double rate) {
        return EXTRACTORS.computeIfAbsent(this + "@" + rate, k -> new LowLevelDescriptors(this, rate));
    }

    @Override
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("features", KIND);
        p.put("mfccCount", Integer.toString(mfccCount));
        p.put("melBands", Integer.toString(melBands));
        p.put("activeDb", activeDb.stream().map(d -> Double.toString(d)).collect(Collectors.joining(",")));
        p.put("f0Min", Double.toString(f0Min));
        p.put("f0Max", Double.toString(f0Max));
        p.put("yinThreshold", Double.toString(yinThreshold));
        p.put("statistics", statistics.stream().map(Functionals.Statistic::label).collect(Collectors.joining(",")));
        p.put("codeVersion", Integer.toString(CODE_VERSION));
        return p;
    }

    /**
     * @throws IllegalArgumentException if the settings are not acoustic-functionals ones, or were saved by
     *     a different version of the extraction code
     */
    public static AcousticFunctionals fromProperties(Map<String, String> p) {
        if (!KIND.equals(p.get("features"))) {
            throw new IllegalArgumentException("the model's features are '" + p.get("features") + "', not " + KIND);
        }
        if (!Integer.toString(CODE_VERSION).equals(p.get("codeVersion"))) {
            throw new IllegalArgumentException("the model's features come from extraction code version "
                    + p.get("codeVersion") + "; this AVRS computes version " + CODE_VERSION);
        }
        return new AcousticFunctionals(Integer.parseInt(required(p, "mfccCount")),
                Integer.parseInt(required(p, "melBands")),
                Arrays.stream(required(p, "activeDb").split(",")).map(Double::valueOf).toList(),
                Double.parseDouble(required(p, "f0Min")), Double.parseDouble(required(p, "f0Max")),
                Double.parseDouble(required(p, "yinThreshold")),
                Arrays.stream(required(p, "statistics").split(",")).map(Functionals.Statistic::of).toList());
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("feature setting '" + key + "' is missing");
        }
        return v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s(mfcc=%d+d+dd, mel=%d, views=%s, f0=%s-%s Hz, yin=%s, stats=%s)", KIND,
                mfccCount, melBands, activeDb, f0Min, f0Max, yinThreshold,
                statistics.stream().map(Functionals.Statistic::label).toList());
    }
}
