package org.avrs.recommend;

import java.io.IOException;
import java.io.InputStream;
import org.avrs.recommend.data.InteractionLog;

/**
 * A recommendation algorithm as a component (LensKit): an immutable configuration and a
 * {@link #fit} that learns a {@link Model} from an interaction log, leaving the component unchanged
 * (one component can fit many logs, e.g. the folds of a cross-validation).
 */
public interface Recommender {

    /** A short stable name, e.g. "itemknn", "als". */
    String name();

    /** The configuration record (prints and round-trips through {@link ConfigJson}). */
    Record config();

    /**
     * Learns a model.
     *
     * @throws IllegalArgumentException if the log is empty
     */
    Model fit(InteractionLog log);

    /**
     * Reads a model that {@link Model#save} wrote for this algorithm.
     *
     * @throws IOException if the stream is not such a model (another algorithm, another format
     *     version, truncated)
     */
    Model load(InputStream in) throws IOException;

    /** Fails clearly on an empty log. */
    static void requireRows(InteractionLog log, String algorithm) {
        if (log == null || log.isEmpty()) {
            throw new IllegalArgumentException(algorithm + ": cannot fit on an empty interaction log");
        }
    }
}
