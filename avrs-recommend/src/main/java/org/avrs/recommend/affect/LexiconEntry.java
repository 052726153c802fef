package org.avrs.recommend.affect;

import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;

/**
 * What a genre or a tag says about the affect a video evokes: a VAD point and a distribution over
 * {@link EmotionSet#EKMAN_NEUTRAL} (anger, disgust, fear, happiness, sadness, surprise, neutral).
 * The two are given separately (like a recogniser with a dimensional and a categorical head): a
 * calm documentary has low arousal, which no Ekman label expresses.
 *
 * @param vad the point, each coordinate in [-1, 1]
 * @param emotions probabilities in EKMAN_NEUTRAL order, summing to 1
 */
public record LexiconEntry(Vad vad, double[] emotions) {

    public LexiconEntry {
        Objects.requireNonNull(vad, "vad");
        EmotionSet.EKMAN_NEUTRAL.checkDistribution(emotions);
        emotions = emotions.clone();
    }

    /** Shorthand for the tables: v, a, d, then anger, disgust, fear, happiness, sadness, surprise, neutral. */
    static LexiconEntry of(double v, double a, double d, double... emotions) {
        return new LexiconEntry(new Vad(v, a, d), emotions);
    }

    @Override
    public double[] emotions() {
        return emotions.clone();
    }

    double emotion(int i) {
        return emotions[i];
    }
}
