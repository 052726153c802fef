package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * The emotion labels of the speech corpora, mapped onto one shared set so that models and results of
 * different corpora speak the same names.
 *
 * <p>{@link #SHARED} holds every label any supported corpus uses: anger, boredom, calm, disgust, fear,
 * happiness, neutral, sadness, surprise. Their valence–arousal–dominance coordinates are those of the
 * predefined sets of {@link EmotionSet} (Russell and Mehrabian 1977, see there), except <b>calm</b>
 * (RAVDESS only), which no predefined set has: we place it at (0.40, −0.50, 0.20) in Mehrabian's
 * "relaxed" octant (+P −A +D) — our choice, not a published rating.
 *
 * <p>Each corpus labels its samples in its own subset of these names, with the same coordinates
 * ({@link #subset}); {@link #toShared} relabels a corpus into {@link #SHARED} for cross-corpus work.
 * EmoDB keeps {@link EmotionSet#EMODB} and TESS {@link EmotionSet#EKMAN_NEUTRAL}, whose names and
 * coordinates already agree with the shared set.
 */
public final class SpeechEmotions {

    /** RAVDESS's "calm": our placement in the relaxed octant (see the class comment). */
    static final Vad CALM = new Vad(0.40, -0.50, 0.20);

    /** Every label of the supported speech corpora. */
    public static final EmotionSet SHARED = EmotionSet.builder("speech-shared")
            .add("anger", EmotionSet.EMODB.coordinates("anger"))
            .add("boredom", EmotionSet.EMODB.coordinates("boredom"))
            .add("calm", CALM)
            .add("disgust", EmotionSet.EMODB.coordinates("disgust"))
            .add("fear", EmotionSet.EMODB.coordinates("fear"))
            .add("happiness", EmotionSet.EMODB.coordinates("happiness"))
            .add("neutral", EmotionSet.EMODB.coordinates("neutral"))
            .add("sadness", EmotionSet.EMODB.coordinates("sadness"))
            .add("surprise", EmotionSet.EKMAN_NEUTRAL.coordinates("surprise"))
            .build();

    private SpeechEmotions() {
    }

    /**
     * A set of some shared labels, in the given order, with their shared coordinates.
     *
     * @throws IllegalArgumentException if a label is not in {@link #SHARED}
     */
    public static EmotionSet subset(String name, String... labels) {
        EmotionSet.Builder b = EmotionSet.builder(name);
        for (String label : labels) {
            b.add(label, SHARED.coordinates(label));
        }
        return b.build();
    }

    /**
     * The same samples labelled in {@link #SHARED} (by label name).
     *
     * @throws IllegalArgumentException if the dataset uses a label that is not a shared one
     */
    public static <I> Dataset<I> toShared(Dataset<I> data) {
        List<Sample<I>> out = new ArrayList<>(data.size());
        for (Sample<I> s : data.samples()) {
            out.add(s.isLabelled() ? s.withLabel(SHARED.indexOf(data.labels().label(s.label()))) : s);
        }
        return new Dataset<>(data.name(), SHARED, out);
    }
}
