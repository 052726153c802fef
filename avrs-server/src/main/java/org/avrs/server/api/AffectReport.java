package org.avrs.server.api;

import java.util.Locale;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.EmotionSet;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;
import org.avrs.core.Vad;

/**
 * An affect measured or reported on the client: a distribution over a predefined emotion set (e.g. a
 * face-expression model's output, or all mass on the mood a viewer picked), a VAD point, or both.
 *
 * @param modality face, self_report, text, … (not fused)
 * @param source what produced it, e.g. "browser/mood-picker"; default "client/&lt;modality&gt;"
 * @param emotions the set of the distribution's labels: emodb (default), ekman7, valence2, arousal2
 * @param distribution probability by label; labels left out count 0; the sum must be 1 within 0.01 (it is
 *     renormalised)
 * @param vad a point in [-1, 1]³ (dominance may be left out: 0)
 * @param confidence in [0, 1]; default 1 for a self-report, required otherwise
 * @param durationSeconds how long the report covers, in [0, 3600]; default 0
 */
record AffectReport(String modality, String source, String emotions, Map<String, Double> distribution, VadPoint vad,
        Double confidence, Double durationSeconds) {

    /** A VAD point as sent. */
    record VadPoint(Double valence, Double arousal, Double dominance) {
    }

    private static final int MAX_SOURCE_LENGTH = 100;
    private static final double SUM_TOLERANCE = 0.01;

    /**
     * The report as an estimate whose span is [0, duration].
     *
     * @throws ApiException 400 naming the first invalid field
     */
    AffectEstimate toEstimate() {
        Modality m = parsedModality();
        double conf = confidence != null ? confidence : m == Modality.SELF_REPORT ? 1.0 : Double.NaN;
        if (!(conf >= 0 && conf <= 1)) {
            throw ApiException.invalidField("confidence", confidence == null ? "required for modality " + modality
                    : confidence + " is not in [0, 1]");
        }
        double duration = durationSeconds == null ? 0 : durationSeconds;
        if (!(duration >= 0 && duration <= 3600)) {
            throw ApiException.invalidField("durationSeconds", durationSeconds + " is not in [0, 3600]");
        }
        String src = source == null || source.isBlank() ? "client/" + modality.toLowerCase(Locale.ROOT) : source.strip();
        if (src.length() > MAX_SOURCE_LENGTH) {
            throw ApiException.invalidField("source", "longer than " + MAX_SOURCE_LENGTH + " characters");
        }
        if (distribution == null && vad == null) {
            throw ApiException.badRequest("an affect needs a distribution, a vad point or both");
        }
        Vad point = vad == null ? null : point();
        Affect affect;
        if (distribution == null) {
            affect = Affect.ofVad(point, conf);
        } else {
            EmotionSet set = set();
            double[] p = probabilities(set);
            affect = point == null ? Affect.ofDistribution(set, p, conf) : Affect.of(set, p, point, conf);
        }
        return new AffectEstimate(affect, m, new TimeSpan(0, duration), src);
    }

    private Modality parsedModality() {
        if (modality == null || modality.isBlank()) {
            throw ApiException.invalidField("modality", "required, e.g. face or self_report");
        }
        try {
            Modality m = Modality.valueOf(modality.strip().toUpperCase(Locale.ROOT));
            if (m == Modality.FUSED) {
                throw ApiException.invalidField("modality", "'fused' is what the server computes, not an input");
            }
            return m;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("modality", "'" + modality + "' is not one of speech, face, eeg, ecg, ppg, eda, "
                    + "text, csi, video, self_report");
        }
    }

    private EmotionSet set() {
        String name = emotions == null ? EmotionSet.EMODB.name() : emotions.strip();
        try {
            return EmotionSet.named(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("emotions", e.getMessage());
        }
    }

    private double[] probabilities(EmotionSet set) {
        double[] p = new double[set.size()];
        double sum = 0;
        for (Map.Entry<String, Double> e : distribution.entrySet()) {
            if (!set.contains(e.getKey())) {
                throw ApiException.invalidField("distribution", "label '" + e.getKey() + "' is not in emotion set '"
                        + set.name() + "' " + set.labels());
            }
            Double value = e.getValue();
            if (value == null || !(value >= 0 && value <= 1)) {
                throw ApiException.invalidField("distribution." + e.getKey(), value + " is not in [0, 1]");
            }
            p[set.indexOf(e.getKey())] = value;
            sum += value;
        }
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            throw ApiException.invalidField("distribution", String.format(Locale.ROOT, "probabilities sum to %.4f; expected 1", sum));
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private Vad point() {
        double v = coordinate("vad.valence", vad.valence(), true);
        double a = coordinate("vad.arousal", vad.arousal(), true);
        double d = coordinate("vad.dominance", vad.dominance(), false);
        return new Vad(v, a, d);
    }

    private static double coordinate(String field, Double value, boolean required) {
        if (value == null) {
            if (required) {
                throw ApiException.invalidField(field, "required");
            }
            return 0;
        }
        if (!(value >= -1 && value <= 1)) {
            throw ApiException.invalidField(field, value + " is not in [-1, 1]");
        }
        return value;
    }
}
