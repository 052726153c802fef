package org.avrs.sensing.eeg;

import java.util.List;
import org.avrs.core.EmotionSet;

/**
 * A fitted classifier of windows. May hold native memory (a network): close it.
 *
 * @param <W> the window type
 */
public interface WindowModel<W> extends AutoCloseable {

    /** The label set of the outputs. */
    EmotionSet labels();

    /** Class probabilities of each window, rows in label order summing to 1. */
    double[][] probabilities(List<W> windows);

    /** The channels the model reads, when it selected some (empty otherwise). */
    default List<String> channels() {
        return List.of();
    }

    @Override
    default void close() {
    }
}
