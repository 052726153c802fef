package org.avrs.learn;

import org.avrs.core.EmotionSet;

/**
 * A fitted classifier of feature vectors: immutable, thread-safe for prediction.
 */
public interface Classifier {

    /** The label set of the outputs. */
    EmotionSet labels();

    /** The length of the feature vectors it takes. */
    int featureCount();

    /**
     * The class probabilities of one feature vector, in label order, summing to 1.
     *
     * @throws IllegalArgumentException if the vector has the wrong length or a non-finite value
     */
    double[] probabilities(double[] features);

    /** The most probable class (the first on ties). */
    default int predict(double[] features) {
        double[] p = probabilities(features);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /** What was trained, on what, how: saved with the model. */
    Provenance provenance();
}
