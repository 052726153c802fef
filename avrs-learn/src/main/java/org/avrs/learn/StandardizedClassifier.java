package org.avrs.learn;

import java.util.Objects;
import org.avrs.core.EmotionSet;

/**
 * A classifier that z-scores each feature vector with the {@link Standardizer} fitted on its training
 * rows before scoring it; subclasses score the standardized vector. Checks the vector's length and
 * that every value is finite.
 */
abstract class StandardizedClassifier implements Classifier {

    private final Standardizer standardizer;
    private final EmotionSet labels;
    private final Provenance provenance;

    StandardizedClassifier(Standardizer standardizer, EmotionSet labels, Provenance provenance) {
        this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    Standardizer standardizer() {
        return standardizer;
    }

    @Override
    public final EmotionSet labels() {
        return labels;
    }

    @Override
    public final int featureCount() {
        return standardizer.dimension();
    }

    @Override
    public final Provenance provenance() {
        return provenance;
    }

    @Override
    public final double[] probabilities(double[] features) {
        for (int j = 0; j < features.length; j++) {
            if (!Double.isFinite(features[j])) {
                throw new IllegalArgumentException("feature " + j + " is " + features[j]);
            }
        }
        return scaledProbabilities(standardizer.apply(features));
    }

    /** Class probabilities in label order of an already standardized vector. */
    abstract double[] scaledProbabilities(double[] z);
}
