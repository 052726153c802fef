package org.avrs.signal;

import java.util.List;
import org.avrs.core.Signal;

/**
 * Turns a {@link Signal} into a {@link FeatureMatrix}: one row per frame or window, one named column
 * per feature. Speech (MFCC, log-mel, PLP, YIN, …), EEG and physiology extractors all implement it.
 *
 * <p>Contract for implementations: immutable and safe to share between threads; built from a
 * {@code Config} record that is checked in its compact constructor; filters, windows and FFT plans are
 * designed once in the constructor; {@link #extract} is pure (never mutates its input) and rejects a
 * signal it cannot handle (wrong sample rate, too short, wrong channel count) with an
 * {@link org.avrs.core.InvalidInputException} naming the problem.
 */
public interface FeatureExtractor {

    /**
     * The features of {@code signal}.
     *
     * @return rows = frames/windows in time order with their times in seconds, columns named as
     *     {@link #columnNames()}
     * @throws org.avrs.core.InvalidInputException if the signal does not fit this extractor's config
     */
    FeatureMatrix extract(Signal signal);

    /** The names of the output columns, in order; the same list for every signal. */
    List<String> columnNames();
}
