package org.avrs.signal.eeg;

import java.util.List;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;

/**
 * An EEG extractor whose features of a window depend on that window's samples only: columns
 * {@code <channel>_<suffix>}, one row per window of its {@link EegInput}.
 */
abstract class WindowedExtractor implements FeatureExtractor {

    private final EegInput input;
    private final List<String> suffixes;
    private final List<String> names;
    private final int minLength;
    private final String who;

    /**
     * @param suffixes the feature names, in the order {@link #window} writes them
     * @param minLength the fewest samples a record needs
     * @param who what the extractor is, for error messages
     */
    WindowedExtractor(EegInput input, List<String> suffixes, int minLength, String who) {
        this.input = input;
        this.suffixes = List.copyOf(suffixes);
        this.names = input.columnNames(this.suffixes);
        this.minLength = minLength;
        this.who = who;
    }

    @Override
    public final List<String> columnNames() {
        return names;
    }

    /**
     * @throws org.avrs.core.InvalidInputException for another sample rate, a missing channel or a
     *     record shorter than a window (or than the extractor's minimum)
     */
    @Override
    public final FeatureMatrix extract(Signal signal) {
        return input.compute(signal, suffixes, minLength, who, (x, starts, len, out) -> {
            for (int t = 0; t < starts.length; t++) {
                window(x, starts[t], len, out[t]);
            }
        });
    }

    /** Writes the features of x[from, from + n) to out, in suffix order. */
    abstract void window(double[] x, int from, int n, double[] out);
}
