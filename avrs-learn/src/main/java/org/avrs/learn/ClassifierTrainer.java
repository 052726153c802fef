package org.avrs.learn;

import org.avrs.core.data.Dataset;

/**
 * Fits a {@link Classifier} on labelled feature vectors. A trainer is configuration plus a seed; all
 * scaling it needs is fitted inside {@link #fit} on the given training samples only and stored in the
 * classifier. Implementations are immutable and may be used from several threads.
 */
public interface ClassifierTrainer {

    /** A short name with the configuration, e.g. "svm(C=10, gamma=scale)". */
    String describe();

    /**
     * @throws IllegalArgumentException if there are no labelled samples or fewer than two classes
     */
    Classifier fit(Dataset<double[]> training);
}
