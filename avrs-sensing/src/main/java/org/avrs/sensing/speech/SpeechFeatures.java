package org.avrs.sensing.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.speech.Mfcc;
import org.avrs.signal.summary.Functionals;

/**
 * The utterance-level speech feature vector of the classical pipeline: MFCC frames (25 ms Hann window,
 * 10 ms hop, 40 Slaney mel bands up to 8 kHz, librosa's dB scaling) summarised by {@link Functionals}.
 * Frame sizes are set in seconds and the mel range is capped at 8 kHz, so that recordings at any rate
 * from 16 kHz up give comparable vectors; lower rates are refused.
 *
 * @param mfccCount cepstral coefficients per frame, c0 included (1…40)
 * @param statistics the functionals taken of each coefficient
 */
public record SpeechFeatures(int mfccCount, List<Functionals.Statistic> statistics) implements UtteranceFeatures {

    /** The lowest sample rate accepted: the mel bands reach 8 kHz. */
    public static final double MIN_RATE = SpeechFraming.MIN_RATE;
    private static final int MEL_BANDS = 40;
    private static final double FMAX = 8_000;

    public SpeechFeatures {
        if (mfccCount < 1 || mfccCount > MEL_BANDS) {
            throw new IllegalArgumentException("mfccCount " + mfccCount + " must be in [1, " + MEL_BANDS + "]");
        }
        statistics = List.copyOf(statistics);
        new Functionals(statistics);
    }

    /** 20 MFCC, every functional. */
    public static SpeechFeatures defaults() {
        return new SpeechFeatures(20, List.of(Functionals.Statistic.values()));
    }

    @Override
    public int dimension() {
        return mfccCount * statistics.size();
    }

    /**
     * The feature vector of one recording (channels are averaged to mono).
     *
     * @throws InvalidInputException if the rate is below 16 kHz or the recording is shorter than a frame
     */
    @Override
    public double[] extract(Signal recording, String source) {
        SpeechFraming.requireRate(recording, source);
        double rate = recording.sampleRate();
        if (recording.durationSeconds() < SpeechFraming.WINDOW_SECONDS) {
            throw new InvalidInputException(source, "length", String.format(Locale.ROOT,
                    "%.3f s is shorter than one %.0f ms frame", recording.durationSeconds(), SpeechFraming.WINDOW_SECONDS * 1000));
        }
        FeatureMatrix frames = mfcc(rate).extract(recording.toMono());
        return new Functionals(statistics).apply(frames);
    }

    /** Extractors by (rate, coefficient count): the filterbank and FFT plan are built once. */
    private static final java.util.concurrent.ConcurrentMap<String, Mfcc> EXTRACTORS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Mfcc mfcc(double rate) {
        return EXTRACTORS.computeIfAbsent(rate + "/" + mfccCount, k -> newMfcc(rate));
    }

    private Mfcc newMfcc(double rate) {
        SpeechFraming f = SpeechFraming.at(rate);
        return new Mfcc(Mfcc.Config.defaults().withSampleRate(rate).withNFft(f.nFft()).withWinLength(f.window())
                .withHopLength(f.hop()).withNMels(MEL_BANDS).withFmax(FMAX).withNMfcc(mfccCount));
    }

    /** The settings as flat key/value pairs, saved with a model ({@link #fromProperties} reads them). */
    @Override
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("features", "speech-mfcc-functionals");
        p.put("mfccCount", Integer.toString(mfccCount));
        p.put("statistics", String.join(",", statistics.stream().map(Functionals.Statistic::label).toList()));
        return p;
    }

    /**
     * @throws IllegalArgumentException if the settings are not speech-mfcc-functionals ones
     */
    public static SpeechFeatures fromProperties(Map<String, String> p) {
        if (!"speech-mfcc-functionals".equals(p.get("features"))) {
            throw new IllegalArgumentException("the model's features are '" + p.get("features")
                    + "', not speech-mfcc-functionals");
        }
        List<Functionals.Statistic> stats = java.util.Arrays.stream(p.getOrDefault("statistics", "").split(","))
                .map(Functionals.Statistic::of).toList();
        return new SpeechFeatures(Integer.parseInt(p.getOrDefault("mfccCount", "0")), stats);
    }

    @Override
    public String toString() {
        return "speech-mfcc-functionals(mfcc=" + mfccCount + ", stats="
                + statistics.stream().map(Functionals.Statistic::label).toList() + ")";
    }
}
