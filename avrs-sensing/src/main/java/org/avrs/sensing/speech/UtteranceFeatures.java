package org.avrs.sensing.speech;

import java.util.List;
import java.util.Map;
import org.avrs.core.Signal;

/**
 * Turns one recording into one fixed-length feature vector for a classical classifier. Implementations
 * are immutable and thread-safe, and save their settings as flat key/value pairs so that a model file
 * can rebuild the exact extractor ({@link #fromProperties}).
 */
public sealed interface UtteranceFeatures permits SpeechFeatures, AcousticFunctionals {

    /**
     * The feature vector of one recording (channels averaged to mono).
     *
     * @param source the recording's name for error messages
     * @throws org.avrs.core.InvalidInputException if the recording is unusable (rate, length)
     */
    double[] extract(Signal recording, String source);

    /** The length of the vectors {@link #extract} returns. */
    int dimension();

    /**
     * Named column blocks of the vector that a model may be restricted to (e.g. functionals over all
     * frames or over active frames only); model selection may pick one. By default one block, the whole
     * vector.
     */
    default List<View> views() {
        return List.of(new View("all", 0, dimension()));
    }

    /** The settings as flat key/value pairs; the key {@code features} names the kind. */
    Map<String, String> toProperties();

    /** A contiguous block of columns [from, to) with a name. */
    record View(String name, int from, int to) {
        public View {
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("view " + name + " [" + from + ", " + to + ") is empty or negative");
            }
        }

        /** The column indices of the block. */
        public int[] columns() {
            return java.util.stream.IntStream.range(from, to).toArray();
        }
    }

    /**
     * Rebuilds an extractor from {@link #toProperties()}.
     *
     * @throws IllegalArgumentException if the kind is unknown or a setting is invalid
     */
    static UtteranceFeatures fromProperties(Map<String, String> p) {
        String kind = p.get("features");
        if (AcousticFunctionals.KIND.equals(kind)) {
            return AcousticFunctionals.fromProperties(p);
        }
        return SpeechFeatures.fromProperties(p);
    }
}
