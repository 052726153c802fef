package org.avrs.sensing.eeg;

import org.avrs.core.data.Dataset;

/**
 * Fits a {@link WindowModel} on labelled windows (raw {@link EegWindow}s or feature vectors). Everything
 * fitted from data — scaling, channel selection, the choice of K — is fitted inside {@link #fit} on
 * the given training windows only.
 *
 * @param <W> the window type
 */
public interface WindowTrainer<W> {

    /** A short name with the configuration, e.g. "shallow-convnet(3/30/4)". */
    String describe();

    /** @throws IllegalArgumentException if the training set cannot be used (e.g. one class only) */
    WindowModel<W> fit(Dataset<W> training);
}
