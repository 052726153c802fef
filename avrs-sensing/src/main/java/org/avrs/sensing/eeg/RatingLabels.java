package org.avrs.sensing.eeg;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;

/**
 * Binary classes from a self-assessment rating scale (DEAP 1–9, DREAMER 1–5): "high" when the rating
 * is strictly above the threshold, "low" otherwise — the usual split of DEAP's ratings at 5 (Koelstra
 * et al. 2012, doi:10.1109/T-AFFC.2011.15).
 *
 * @param target which rating: valence, arousal, dominance or liking
 * @param threshold the split point, finite
 */
public record RatingLabels(String target, double threshold) {

    /** The rating scales a corpus may carry, in DEAP's label column order. */
    public static final List<String> TARGETS = List.of("valence", "arousal", "dominance", "liking");

    /** Binary dominance (the third VAD axis). */
    public static final EmotionSet DOMINANCE_BINARY = EmotionSet.builder("dominance2")
            .add("low", new Vad(0, 0, -0.5)).add("high", new Vad(0, 0, 0.5)).build();

    /** Binary liking; liking is no VAD axis, so its coordinates sit on valence, the nearest one. */
    public static final EmotionSet LIKING_BINARY = EmotionSet.builder("liking2")
            .add("low", new Vad(-0.5, 0, 0)).add("high", new Vad(0.5, 0, 0)).build();

    public RatingLabels {
        Objects.requireNonNull(target, "target");
        target = target.toLowerCase(Locale.ROOT);
        if (!TARGETS.contains(target)) {
            throw new IllegalArgumentException("target '" + target + "' must be one of " + TARGETS);
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold " + threshold + " must be finite");
        }
    }

    /** Valence split at 5 (DEAP's 1–9 scale). */
    public static RatingLabels deapDefault() {
        return new RatingLabels("valence", 5);
    }

    /** The column of {@link #TARGETS} this rule reads. */
    public int column() {
        return TARGETS.indexOf(target);
    }

    /** The binary label set of the target. */
    public EmotionSet labels() {
        return switch (target) {
            case "valence" -> EmotionSet.VALENCE_BINARY;
            case "arousal" -> EmotionSet.AROUSAL_BINARY;
            case "dominance" -> DOMINANCE_BINARY;
            default -> LIKING_BINARY;
        };
    }

    /** 1 ("high") if {@code rating > threshold}, else 0 ("low"). */
    public int label(double rating) {
        return rating > threshold ? 1 : 0;
    }
}
