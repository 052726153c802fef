package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.avrs.core.InvalidInputException;
import org.avrs.learn.ClassifierFile;
import org.avrs.signal.eeg.Band;

/**
 * A fitted {@link EegFeatureModel} with the {@link Segmentation} it was trained on, as saved in an AVRS
 * classifier file ({@link ClassifierFile}: labels, weights, standardizer and provenance) whose pipeline
 * section records everything needed to turn raw EEG into the model's vectors:
 *
 * <pre>
 * pipeline.kind           eeg-window-features
 * pipeline.source         the estimates' source, e.g. eeg/de-svm@deap
 * pipeline.sampleRate     Hz
 * pipeline.channels.count C, then pipeline.channels.0 … C−1 (names, in order)
 * pipeline.bands.count    B, then pipeline.bands.0 … B−1 as name;lowHz;highHz
 * pipeline.kinds          feature families in column order, e.g. de,psd,dasm,rasm,hjorth
 * pipeline.filterOrder    pipeline.welchSeconds
 * pipeline.windowSeconds  pipeline.stepSeconds   (the training segmentation)
 * </pre>
 *
 * A stream is recognised with the training window and its step as the hop ({@link #streaming()}).
 *
 * @param model the fitted pipeline
 * @param segmentation the windows it was trained on
 */
public record EegModelFile(EegFeatureModel model, Segmentation segmentation) {

    /** The value of {@code pipeline.kind}: a file of another kind (a speech model) is refused. */
    public static final String KIND = "eeg-window-features";
    /** Bounds on what a file may claim, so a hostile file cannot make the reader allocate absurd sizes. */
    static final int MAX_CHANNELS = 1024;
    static final int MAX_BANDS = 64;
    static final double MAX_SAMPLE_RATE = 100_000;
    static final long MAX_WINDOW_SAMPLES = 1 << 20;

    public EegModelFile {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(segmentation, "segmentation");
    }

    /** A new live recognizer: the training window, one estimate per training step. */
    public StreamingEegRecognizer streaming() {
        return new StreamingEegRecognizer(model, segmentation.windowSeconds(), segmentation.stepSeconds());
    }

    /**
     * Saves the model; written to a temporary sibling and renamed ({@link ClassifierFile#save}).
     *
     * @throws IllegalArgumentException if the classifier is not one avrs-learn can save
     */
    public void save(Path file) throws IOException {
        WindowFeatures f = model.features();
        WindowFeatures.Config c = f.config();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kind", KIND);
        p.put("source", model.source());
        p.put("sampleRate", Double.toString(f.sampleRate()));
        p.put("channels.count", Integer.toString(f.channels().size()));
        for (int i = 0; i < f.channels().size(); i++) {
            p.put("channels." + i, f.channels().get(i));
        }
        p.put("bands.count", Integer.toString(c.bands().size()));
        for (int i = 0; i < c.bands().size(); i++) {
            Band b = c.bands().get(i);
            p.put("bands." + i, b.name() + ";" + b.low() + ";" + b.high());
        }
        p.put("kinds", c.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
        p.put("filterOrder", Integer.toString(c.filterOrder()));
        p.put("welchSeconds", Double.toString(c.welchSeconds()));
        p.put("windowSeconds", Double.toString(segmentation.windowSeconds()));
        p.put("stepSeconds", Double.toString(segmentation.stepSeconds()));
        ClassifierFile.save(model.classifier(), p, file);
    }

    /**
     * Loads a model saved by {@link #save}.
     *
     * @throws InvalidInputException naming the file and the pipeline key, if it is not an EEG window-feature
     *     model, a key is missing or malformed, or the features it describes do not fit its classifier
     */
    public static EegModelFile load(Path file) {
        ClassifierFile.Loaded loaded = ClassifierFile.load(file);
        Fields p = new Fields(file.toString(), loaded.pipeline());
        String kind = p.text("kind");
        if (!kind.equals(KIND)) {
            throw p.error("kind", "is '" + kind + "'; expected '" + KIND + "' (an EEG window-feature model)");
        }
        double rate = p.number("sampleRate", 0, MAX_SAMPLE_RATE);
        int channelCount = p.count("channels.count", MAX_CHANNELS);
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < channelCount; i++) {
            channels.add(p.text("channels." + i));
        }
        if (channels.stream().distinct().count() != channels.size()) {
            throw p.error("channels", "repeat a name: " + channels);
        }
        int bandCount = p.count("bands.count", MAX_BANDS);
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < bandCount; i++) {
            String key = "bands." + i;
            String[] f = p.text(key).split(";");
            try {
                if (f.length != 3) {
                    throw new IllegalArgumentException("expected name;lowHz;highHz");
                }
                bands.add(new Band(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
            } catch (IllegalArgumentException e) {
                throw p.error(key, "'" + p.text(key) + "': " + e.getMessage());
            }
        }
        double window = p.number("windowSeconds", 0, MAX_WINDOW_SAMPLES / rate);
        double step = p.number("stepSeconds", 0, MAX_WINDOW_SAMPLES / rate);
        WindowFeatures.Config config;
        try {
            config = new WindowFeatures.Config(bands, WindowFeatures.Config.kinds(p.text("kinds")),
                    p.count("filterOrder", 64), p.number("welchSeconds", 0, MAX_WINDOW_SAMPLES / rate));
        } catch (IllegalArgumentException e) {
            throw p.error("kinds", e.getMessage());
        }
        try {
            WindowFeatures features = new WindowFeatures(config, channels, rate);
            EegFeatureModel model = new EegFeatureModel(features, loaded.classifier(), p.text("source"));
            Segmentation segmentation = new Segmentation(window, step);
            new StreamingEegRecognizer(model, window, step); // the window must be usable at this rate
            return new EegModelFile(model, segmentation);
        } catch (IllegalArgumentException e) {
            throw p.error("(features)", "do not make a usable pipeline: " + e.getMessage());
        }
    }

    /** Typed reads of the pipeline keys, each error naming the file and the key. */
    private record Fields(String file, Map<String, String> keys) {

        String text(String key) {
            String v = keys.get(key);
            if (v == null || v.isBlank()) {
                throw error(key, "is missing");
            }
            return v;
        }

        /** An integer in [1, max]. */
        int count(String key, int max) {
            String v = text(key);
            try {
                int n = Integer.parseInt(v.strip());
                if (n >= 1 && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(key, "is '" + v + "'; expected an integer in [1, " + max + "]");
        }

        /** A finite number in (low, high]. */
        double number(String key, double low, double high) {
            String v = text(key);
            double x;
            try {
                x = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(key, "'" + v + "' is not a number");
            }
            if (!(x > low && x <= high)) {
                throw error(key, "is " + v + "; expected a number in (" + low + ", " + high + "]");
            }
            return x;
        }

        InvalidInputException error(String key, String problem) {
            return new InvalidInputException(file, "pipeline key '" + key + "'", problem);
        }
    }
}
