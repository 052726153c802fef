package org.avrs.core;

import org.avrs.core.data.Dataset;

/**
 * Fits an {@link AffectRecognizer} to labelled data. A trainer holds configuration and a seed; the
 * recognizer it returns is fitted and immutable (Tribuo's trainer/model split). Everything fitted
 * from data — scaling, feature selection — is fitted here, on the given (training) samples only.
 *
 * @param <I> the input type
 */
@FunctionalInterface
public interface AffectTrainer<I> {

    AffectRecognizer<I> fit(Dataset<I> training);
}
