package org.avrs.sensing.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.AffectRecognizer;
import org.avrs.core.Signal;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;
import org.avrs.core.data.Dataset;
import org.avrs.learn.Classifier;
import org.avrs.learn.ClassifierFile;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.GroupNormalization;
import org.avrs.learn.Standardizer;

/**
 * A trained classical speech emotion model: {@link UtteranceFeatures} → per-speaker normalisation
 * ({@link GroupNormalization}, shrunk toward the training population) → a classifier. It recognises
 * one recording at a time for a speaker whose earlier feature vectors are known — see
 * {@link SpeakerSession}, which keeps them for one viewer.
 *
 * <p>As an {@link AffectRecognizer} each call is a new, unknown speaker; the estimate's VAD point is the
 * expectation of the class distribution under the label set's coordinates.
 *
 * <p>Immutable. Saved as an AVRS classifier file whose pipeline section records the feature settings,
 * the population statistics, κ and whatever evaluation summary the trainer attached.
 */
public final class SpeechEmotionModel implements AffectRecognizer<Signal> {

    private final UtteranceFeatures features;
    private final GroupNormalization normalization;
    private final Classifier classifier;
    private final Map<String, String> notes;

    public SpeechEmotionModel(UtteranceFeatures features, GroupNormalization normalization, Classifier classifier,
                              Map<String, String> notes) {
        if (features.dimension() != classifier.featureCount()
                || features.dimension() != normalization.population().dimension()) {
            throw new IllegalArgumentException("features give " + features.dimension() + " values but the classifier takes "
                    + classifier.featureCount() + " and the normalisation " + normalization.population().dimension());
        }
        this.features = features;
        this.normalization = normalization;
        this.classifier = classifier;
        this.notes = Map.copyOf(notes);
    }

    /**
     * Trains on a corpus already turned into feature vectors by {@code features}.
     *
     * @param notes free key/value notes saved with the model, e.g. the LOSO result measured before
     */
    public static SpeechEmotionModel train(UtteranceFeatures features, Dataset<double[]> vectors, ClassifierTrainer trainer,
                                           double priorWeight, Map<String, String> notes) {
        GroupNormalization norm = GroupNormalization.fit(vectors, priorWeight);
        Classifier classifier = trainer.fit(norm.normalize(vectors));
        return new SpeechEmotionModel(features, norm, classifier, notes);
    }

    public UtteranceFeatures features() {
        return features;
    }

    public EmotionSet labels() {
        return classifier.labels();
    }

    public Classifier classifier() {
        return classifier;
    }

    /** Notes saved with the model (e.g. {@code loso.uar}). */
    public Map<String, String> notes() {
        return notes;
    }

    /** A new speaker with no recordings yet: normalised by population statistics until they speak. */
    public SpeakerSession newSpeaker(String source) {
        return new SpeakerSession(this, source);
    }

    /**
     * Recognises one recording of an unknown speaker, normalised by the training population's statistics
     * alone; a {@link SpeakerSession} does better once a speaker has several recordings.
     */
    @Override
    public AffectEstimate recognize(Signal recording) {
        return newSpeaker("speech-model").recognize(recording);
    }

    /** The speaker-normalising standardizer given a speaker's feature vectors so far. */
    Standardizer normalizerFor(List<double[]> speakerVectors) {
        return normalization.forGroup(speakerVectors);
    }

    /** The estimate for one recording's feature vector, normalised by {@code speakerNorm}. */
    AffectEstimate estimate(double[] vector, Standardizer speakerNorm, TimeSpan span, String source) {
        double[] p = classifier.probabilities(speakerNorm.apply(vector));
        double confidence = Arrays.stream(p).max().orElse(0);
        return new AffectEstimate(Affect.ofDistribution(classifier.labels(), p, confidence), Modality.SPEECH, span,
                source);
    }

    /** Saves the model; the file records the feature pipeline with the weights. */
    public void save(Path file) throws IOException {
        Map<String, String> pipeline = new LinkedHashMap<>(features.toProperties());
        pipeline.put("normalization.priorWeight", Double.toString(normalization.priorWeight()));
        pipeline.put("normalization.mean", join(normalization.population().mean()));
        pipeline.put("normalization.scale", join(normalization.population().scale()));
        notes.forEach((k, v) -> pipeline.put("note." + k, v));
        ClassifierFile.save(classifier, pipeline, file);
    }

    /**
     * @throws InvalidInputException if the file is not a speech model of this kind
     */
    public static SpeechEmotionModel load(Path file) {
        ClassifierFile.Loaded loaded = ClassifierFile.load(file);
        Map<String, String> p = loaded.pipeline();
        try {
            UtteranceFeatures features = UtteranceFeatures.fromProperties(p);
            Standardizer population = new Standardizer(split(p.get("normalization.mean")),
                    split(p.get("normalization.scale")));
            GroupNormalization norm = new GroupNormalization(population,
                    Double.parseDouble(p.getOrDefault("normalization.priorWeight", "NaN")));
            Map<String, String> notes = p.entrySet().stream().filter(e -> e.getKey().startsWith("note."))
                    .collect(Collectors.toMap(e -> e.getKey().substring(5), Map.Entry::getValue));
            return new SpeechEmotionModel(features, norm, loaded.classifier(), notes);
        } catch (RuntimeException e) {
            throw new InvalidInputException(file.toString(), "pipeline", "not a speech emotion model: " + e.getMessage(), e);
        }
    }

    private static String join(double[] v) {
        return Arrays.stream(v).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] split(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("normalisation statistics are missing");
        }
        return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
