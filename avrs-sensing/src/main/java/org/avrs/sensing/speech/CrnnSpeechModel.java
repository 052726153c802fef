package org.avrs.sensing.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.AffectRecognizer;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Modality;
import org.avrs.core.Signal;
import org.avrs.core.TimeSpan;
import org.avrs.deep.DeepClassifier;
import org.avrs.deep.io.Json;

/**
 * A trained CRNN speech emotion model: {@link SegmentFeatures} → per-feature standardisation (fitted on
 * the training images) → a DJL {@link org.avrs.deep.block.Crnn}. A recording is cut into segments; the
 * class distribution is the mean of the segments' softmax outputs, and the VAD point its expectation
 * under the labels' coordinates ({@link SpeechEmotions#SHARED}).
 *
 * <p>Saved in avrs-deep's model format ({@link DeepClassifier#save}), whose pipeline string holds the
 * segment features, the standardisation and the label set. Owns native memory: close it.
 */
public final class CrnnSpeechModel implements AffectRecognizer<Signal>, AutoCloseable {

    private final DeepClassifier network;
    private final SegmentFeatures features;
    private final float[] mean;
    private final float[] scale;
    private final EmotionSet labels;
    private final String source;

    CrnnSpeechModel(DeepClassifier network, SegmentFeatures features, float[] mean, float[] scale, EmotionSet labels) {
        if (mean.length != features.featureCount() || scale.length != mean.length) {
            throw new IllegalArgumentException(mean.length + " means and " + scale.length + " scales for "
                    + features.featureCount() + " features per frame");
        }
        this.network = network;
        this.features = features;
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.labels = labels;
        this.source = "speech/crnn-" + features.kind().id();
    }

    /** The pipeline JSON stored in the model file. */
    static String pipelineJson(SegmentFeatures features, float[] mean, float[] scale, EmotionSet labels) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pipeline", "avrs-speech-crnn");
        p.put("segments", features.toJson());
        p.put("mean", toList(mean));
        p.put("scale", toList(scale));
        p.put("labelSet", labels.name());
        return Json.write(p);
    }

    private static List<Object> toList(float[] v) {
        List<Object> out = new ArrayList<>(v.length);
        for (float x : v) {
            out.add((double) x);
        }
        return out;
    }

    /**
     * @throws InvalidInputException if the file is not a CRNN speech model
     */
    public static CrnnSpeechModel load(Path file) {
        DeepClassifier net = DeepClassifier.load(file);
        try {
            Map<?, ?> p = (Map<?, ?>) Json.parse(net.pipeline());
            if (!"avrs-speech-crnn".equals(p.get("pipeline"))) {
                throw new IllegalArgumentException("pipeline is '" + p.get("pipeline") + "', not avrs-speech-crnn");
            }
            SegmentFeatures f = SegmentFeatures.fromJson((Map<?, ?>) p.get("segments"));
            EmotionSet.Builder b = EmotionSet.builder(String.valueOf(p.get("labelSet")));
            for (String label : net.labels()) {
                b.add(label, SpeechEmotions.SHARED.coordinates(label));
            }
            return new CrnnSpeechModel(net, f, floats((List<?>) p.get("mean")), floats((List<?>) p.get("scale")),
                    b.build());
        } catch (RuntimeException e) {
            net.close();
            throw new InvalidInputException(file.toString(), "pipeline", "not a CRNN speech model: " + e.getMessage(), e);
        }
    }

    private static float[] floats(List<?> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).floatValue();
        }
        return out;
    }

    public void save(Path file) {
        network.save(file);
    }

    public SegmentFeatures features() {
        return features;
    }

    public EmotionSet labels() {
        return labels;
    }

    public DeepClassifier network() {
        return network;
    }

    /** The standardized copy of a feature image: (x − μ_f)/σ_f per feature column f. */
    float[] standardize(float[] image) {
        int f = mean.length;
        float[] out = new float[image.length];
        for (int i = 0; i < image.length; i++) {
            out[i] = (image[i] - mean[i % f]) / scale[i % f];
        }
        return out;
    }

    /** Class probabilities of raw (unstandardized) feature images, one row per image. */
    public float[][] probabilities(List<float[]> images) {
        return network.predictProbabilities(images.stream().map(this::standardize).toList());
    }

    /**
     * @throws InvalidInputException if the recording is empty or its rate unusable
     */
    @Override
    public AffectEstimate recognize(Signal recording) {
        return recognize(recording, "recording");
    }

    /** Recognises a recording; {@code name} is used in error messages. */
    public AffectEstimate recognize(Signal recording, String name) {
        List<float[]> images = features.segments(SegmentFeatures.samples16k(recording, name)).stream()
                .map(features::image).toList();
        float[][] p = probabilities(images);
        double[] mean = new double[labels.size()];
        for (float[] row : p) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += row[c] / p.length;
            }
        }
        double sum = java.util.Arrays.stream(mean).sum();
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= sum;
        }
        double confidence = java.util.Arrays.stream(mean).max().orElse(0);
        return new AffectEstimate(Affect.ofDistribution(labels, mean, confidence), Modality.SPEECH,
                new TimeSpan(0, recording.durationSeconds()), source);
    }

    @Override
    public void close() {
        network.close();
    }
}
