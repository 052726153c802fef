package org.avrs.learn;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.avrs.core.AvrsVersion;
import org.avrs.core.data.Dataset;

/**
 * Where a fitted model came from: enough to reproduce it and to refuse using it wrongly. Saved with
 * the model and shown by {@code avrs model info}.
 *
 * @param trainer the trainer with its full configuration ({@link ClassifierTrainer#describe()})
 * @param dataset the training dataset's name
 * @param datasetFingerprint its {@link Dataset#fingerprint()}
 * @param samples training samples
 * @param groups training groups (speakers, subjects)
 * @param featurePipeline the feature pipeline's configuration, as its owner prints it ("" when the
 *     inputs were given as vectors)
 * @param versions AVRS, Tribuo, Java, OS/arch versions
 * @param created when the model was fitted
 */
public record Provenance(String trainer, String dataset, String datasetFingerprint, int samples, int groups,
                         String featurePipeline, Map<String, String> versions, Instant created) {

    public Provenance {
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(datasetFingerprint, "datasetFingerprint");
        Objects.requireNonNull(featurePipeline, "featurePipeline");
        versions = Map.copyOf(versions);
        Objects.requireNonNull(created, "created");
    }

    /** The provenance of a model fitted now by {@code trainer} on {@code training}. */
    public static Provenance of(ClassifierTrainer trainer, Dataset<?> training) {
        return new Provenance(trainer.describe(), training.name(), training.fingerprint(), training.size(),
                training.groups().size(), "", currentVersions(), Instant.now());
    }

    /** This provenance with the feature pipeline that produced the training vectors. */
    public Provenance withFeaturePipeline(String pipeline) {
        return new Provenance(trainer, dataset, datasetFingerprint, samples, groups, pipeline, versions, created);
    }

    /** AVRS, Tribuo, Java and OS/arch versions of this process. */
    public static Map<String, String> currentVersions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("avrs", AvrsVersion.get());
        v.put("tribuo", org.tribuo.Tribuo.VERSION);
        v.put("java", Runtime.version().toString());
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return v;
    }

    /** Flat key/value form for model files; {@link #fromProperties} reads it back. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("provenance.trainer", trainer);
        p.put("provenance.dataset", dataset);
        p.put("provenance.datasetFingerprint", datasetFingerprint);
        p.put("provenance.samples", Integer.toString(samples));
        p.put("provenance.groups", Integer.toString(groups));
        p.put("provenance.featurePipeline", featurePipeline);
        p.put("provenance.created", created.toString());
        versions.forEach((k, val) -> p.put("provenance.version." + k, val));
        return p;
    }

    /**
     * @throws IllegalArgumentException naming the missing or malformed key
     */
    public static Provenance fromProperties(Map<String, String> p) {
        Map<String, String> versions = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith("provenance.version.")) {
                versions.put(k.substring("provenance.version.".length()), v);
            }
        });
        try {
            return new Provenance(required(p, "provenance.trainer"), required(p, "provenance.dataset"),
                    required(p, "provenance.datasetFingerprint"),
                    Integer.parseInt(required(p, "provenance.samples")),
                    Integer.parseInt(required(p, "provenance.groups")),
                    p.getOrDefault("provenance.featurePipeline", ""), versions,
                    Instant.parse(required(p, "provenance.created")));
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("malformed provenance: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null) {
            throw new IllegalArgumentException("provenance key '" + key + "' is missing");
        }
        return v;
    }
}
