package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.PolyphaseResampler;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Window;
import org.avrs.signal.emd.Imemd43;
import org.avrs.signal.speech.Deltas;
import org.avrs.signal.speech.LogMel;
import org.avrs.signal.speech.MelFilterbank;
import org.avrs.signal.speech.Mfcc;

/**
 * The frame-feature images a CRNN takes, after Sun, Li and Ma (2023, P7 of the speech digest §B):
 * the recording is averaged to mono, resampled to 16 kHz (polyphase, Kaiser β = 5, as
 * scipy.signal.resample_poly), cut into segments of {@code segmentSeconds} (the last one zero-padded),
 * each segment divided by its maximum |x| (left as is when silent), and framed in 25 ms Hann windows
 * every 10 ms without padding (a 400-point FFT): 1 + ⌊(16000·s − 400)/160⌋ frames, 298 for 3 s. Per frame:
 * <ul>
 * <li>{@link Kind#LOGMEL}: {@code bands} log-mel energies in dB (Slaney mel 0–8 kHz, power spectrum of
 *     the frame, librosa's power_to_db with an 80 dB floor);</li>
 * <li>{@link Kind#MFCC}: {@code bands} MFCC over 40 mel bands with their Δ and ΔΔ (9-frame
 *     Savitzky–Golay, librosa.feature.delta): 3·bands values;</li>
 * <li>{@link Kind#IMEMD43}: P7's own 43 features from the improved masking EMD of the segment
 *     ({@link Imemd43}: Hilbert spectrum distribution, Hilbert contour, SMFCC with deltas), Hamming
 *     frames of 25 ms every 10 ms as P7; values P7 leaves undefined (frames of the zero padding, where
 *     no IMF has amplitude) are 0. About 2 s of CPU per 3 s segment (bench/results/emd-imemd.md).</li>
 * </ul>
 *
 * @param kind which features
 * @param bands mel bands (LOGMEL) or cepstral coefficients (MFCC), 1…40; 43 for IMEMD43
 * @param segmentSeconds segment length, 0.1…60 s
 */
public record SegmentFeatures(Kind kind, int bands, double segmentSeconds) {

    /** Bumped whenever the image code changes its output; part of cache keys. */
    public static final int CODE_VERSION = 1;
    /** The rate every recording is resampled to. */
    public static final int RATE = 16_000;
    private static final int WINDOW = 400;
    private static final int HOP = 160;
    private static final int N_FFT = 400;
    private static final int MFCC_MELS = 40;
    private static final int IMEMD_FEATURES = 43;

    /** The per-frame features. */
    public enum Kind {
        LOGMEL("logmel"), MFCC("mfcc"), IMEMD43("imemd43");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** @throws IllegalArgumentException listing the kinds */
        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown segment features '" + id + "'; known: logmel, mfcc, imemd43");
        }
    }

    public SegmentFeatures {
        java.util.Objects.requireNonNull(kind, "kind");
        if (kind == Kind.IMEMD43 && bands != IMEMD_FEATURES) {
            throw new IllegalArgumentException("imemd43 has " + IMEMD_FEATURES + " features per frame, not " + bands);
        }
        if (kind != Kind.IMEMD43 && (bands < 1 || bands > MFCC_MELS)) {
            throw new IllegalArgumentException("bands " + bands + " must be in [1, " + MFCC_MELS + "]");
        }
        if (!(segmentSeconds >= 0.1 && segmentSeconds <= 60)) {
            throw new IllegalArgumentException("segmentSeconds " + segmentSeconds + " must be in [0.1, 60]");
        }
    }

    /** P7's 43 IMEMD features over 3 s segments: 298 × 43 per segment. */
    public static SegmentFeatures imemd43() {
        return new SegmentFeatures(Kind.IMEMD43, IMEMD_FEATURES, 3.0);
    }

    /** 40 log-mel bands over 3 s segments: 298 × 40 per segment. */
    public static SegmentFeatures defaults() {
        return new SegmentFeatures(Kind.LOGMEL, 40, 3.0);
    }

    /** Samples per segment at 16 kHz. */
    public int segmentSamples() {
        return (int) Math.round(segmentSeconds * RATE);
    }

    /** Frames per segment. */
    public int frames() {
        return 1 + (segmentSamples() - WINDOW) / HOP;
    }

    /** Values per frame. */
    public int featureCount() {
        return kind == Kind.MFCC ? 3 * bands : bands;  // IMEMD43: bands = 43
    }

    /** The network's input shape for one segment: (1, frames, features). */
    public long[] sampleShape() {
        return new long[] {1, frames(), featureCount()};
    }

    /**
     * The recording as mono samples at 16 kHz.
     *
     * @throws InvalidInputException if the recording is empty or its rate is not a whole number of Hz
     */
    public static double[] samples16k(Signal recording, String source) {
        if (recording.length() == 0) {
            throw new InvalidInputException(source, "length", "the recording is empty");
        }
        double rate = recording.sampleRate();
        if (rate != Math.rint(rate) || rate < 1000) {
            throw new InvalidInputException(source, "sample rate", rate + " Hz is not a whole number of Hz >= 1000");
        }
        double[] x = recording.toMono().channel(0);
        return (int) rate == RATE ? x : resampler((int) rate).apply(x);
    }

    private static final ConcurrentMap<Integer, PolyphaseResampler> RESAMPLERS = new ConcurrentHashMap<>();

    private static PolyphaseResampler resampler(int rate) {
        return RESAMPLERS.computeIfAbsent(rate, r -> new PolyphaseResampler(RATE, r));
    }

    /** The segments of 16 kHz samples, the last zero-padded; at least one. */
    public List<double[]> segments(double[] x16k) {
        int n = segmentSamples();
        List<double[]> out = new ArrayList<>();
        for (int from = 0; from == 0 || from < x16k.length; from += n) {
            double[] s = new double[n];
            System.arraycopy(x16k, from, s, 0, Math.max(0, Math.min(n, x16k.length - from)));
            out.add(s);
        }
        return out;
    }

    /** The first segment only (zero-padded or cut). */
    public double[] firstSegment(double[] x16k) {
        return segments(x16k.length > segmentSamples() ? java.util.Arrays.copyOf(x16k, segmentSamples()) : x16k).get(0);
    }

    /**
     * The feature image of one segment, max-normalised first, flattened row-major (frame, feature).
     *
     * @throws IllegalArgumentException if the segment does not have {@link #segmentSamples()} samples
     */
    public float[] image(double[] segment) {
        if (segment.length != segmentSamples()) {
            throw new IllegalArgumentException("segment has " + segment.length + " samples, expected " + segmentSamples());
        }
        double max = 0;
        for (double v : segment) {
            max = Math.max(max, Math.abs(v));
        }
        double[] x = segment.clone();
        if (max > 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] /= max;
            }
        }
        double[][] rows = switch (kind) {
            case LOGMEL -> logMel().compute(x);
            case MFCC -> mfccWithDeltas(x);
            case IMEMD43 -> imemd43Extractor().extract(Signal.of(RATE, x)).toArray();
        };
        int f = featureCount();
        float[] out = new float[frames() * f];
        for (int t = 0; t < frames(); t++) {
            for (int j = 0; j < f; j++) {
                out[t * f + j] = (float) rows[t][j];
            }
        }
        return out;
    }

    private double[][] mfccWithDeltas(double[] x) {
        double[][] c = mfcc().compute(x);
        double[][] d1 = new Deltas(new Deltas.Config(9, 1)).apply(c);
        double[][] d2 = new Deltas(new Deltas.Config(9, 2)).apply(c);
        double[][] out = new double[c.length][3 * bands];
        for (int t = 0; t < c.length; t++) {
            System.arraycopy(c[t], 0, out[t], 0, bands);
            System.arraycopy(d1[t], 0, out[t], bands, bands);
            System.arraycopy(d2[t], 0, out[t], 2 * bands, bands);
        }
        return out;
    }

    private static final ConcurrentMap<String, Object> EXTRACTORS = new ConcurrentHashMap<>();

    private static Stft.Config stft() {
        return new Stft.Config(N_FFT, WINDOW, HOP, Window.HANN, false, PadMode.ZEROS);
    }

    private static Imemd43 imemd43Extractor() {
        return (Imemd43) EXTRACTORS.computeIfAbsent("imemd43", k -> new Imemd43(Imemd43.Config.defaults()
                .withSampleRate(RATE).withUndefined(0)));
    }

    private LogMel logMel() {
        return (LogMel) EXTRACTORS.computeIfAbsent("logmel" + bands, k -> new LogMel(LogMel.Config.defaults()
                .withSampleRate(RATE).withStft(stft()).withMel(MelFilterbank.Config.defaults().withNMels(bands)
                        .withFmax(RATE / 2.0))));
    }

    private Mfcc mfcc() {
        return (Mfcc) EXTRACTORS.computeIfAbsent("mfcc" + bands, k -> new Mfcc(new Mfcc.Config(
                LogMel.Config.defaults().withSampleRate(RATE).withStft(stft())
                        .withMel(MelFilterbank.Config.defaults().withNMels(MFCC_MELS).withFmax(RATE / 2.0)),
                bands, 0)));
    }

    /** The settings as JSON-ready values. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.id());
        m.put("bands", bands);
        m.put("segmentSeconds", segmentSeconds);
        m.put("rate", RATE);
        return m;
    }

    /** @throws IllegalArgumentException if a setting is missing or invalid */
    public static SegmentFeatures fromJson(Map<?, ?> m) {
        try {
            return new SegmentFeatures(Kind.of((String) m.get("kind")), ((Number) m.get("bands")).intValue(),
                    ((Number) m.get("segmentSeconds")).doubleValue());
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("segment feature settings " + m + " are incomplete", e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "segments(%s %d, %s s at 16 kHz, %d×%d)", kind.id(), bands, segmentSeconds,
                frames(), featureCount());
    }
}
