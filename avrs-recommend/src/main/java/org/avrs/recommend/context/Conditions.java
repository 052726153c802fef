package org.avrs.recommend.context;

import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.recommend.Context;

/**
 * Discrete contextual conditions of a {@link Context}, for the context-aware algorithms: two
 * dimensions, the viewer's emotion and their mood.
 * <ul>
 *   <li>emotion: 0 = unknown, 1 + the index of the affect's EKMAN_NEUTRAL label — its most probable
 *       label when the affect has a distribution over that set, else the label nearest its VAD point;</li>
 *   <li>mood: 0 = unknown, 1 + {@link org.avrs.recommend.Mood#ordinal()};</li>
 *   <li>valence class (the generalisation of the emotion used by generalised pre-filtering): 0 unknown,
 *       1 positive (happiness, surprise), 2 neutral, 3 negative (anger, disgust, fear, sadness).</li>
 * </ul>
 */
public final class Conditions {

    /** Emotion conditions including "unknown". */
    public static final int EMOTIONS = EmotionSet.EKMAN_NEUTRAL.size() + 1;
    /** Mood conditions including "unknown". */
    public static final int MOODS = 4;
    /** Valence classes including "unknown". */
    public static final int VALENCE_CLASSES = 4;

    private Conditions() {
    }

    /** The emotion condition of a context. */
    public static int emotion(Context context) {
        if (context == null || !context.hasAffect()) {
            return 0;
        }
        Affect a = context.affect();
        EmotionSet set = EmotionSet.EKMAN_NEUTRAL;
        String label = a.hasDistribution() && a.emotions().orElseThrow().equals(set)
                ? a.dominantLabel().orElseThrow() : set.nearestLabel(a.vad());
        return 1 + set.indexOf(label);
    }

    /** The mood condition of a context. */
    public static int mood(Context context) {
        return context == null || context.mood() == null ? 0 : 1 + context.mood().ordinal();
    }

    /** The valence class of an emotion condition. */
    public static int valenceClass(int emotion) {
        if (emotion == 0) {
            return 0;
        }
        String label = EmotionSet.EKMAN_NEUTRAL.label(emotion - 1);
        return switch (label) {
            case "happiness", "surprise" -> 1;
            case "neutral" -> 2;
            default -> 3;
        };
    }

    /** The name of an emotion condition ("unknown" for 0). */
    public static String emotionName(int emotion) {
        return emotion == 0 ? "unknown" : EmotionSet.EKMAN_NEUTRAL.label(emotion - 1);
    }
}
