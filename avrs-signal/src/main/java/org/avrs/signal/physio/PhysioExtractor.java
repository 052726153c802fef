package org.avrs.signal.physio;

import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;

/**
 * A {@link FeatureExtractor} of physiological signals that reports warnings beside its features: a
 * record in which nothing is detected gives NaN values or no rows and a warning, never an exception.
 */
public interface PhysioExtractor extends FeatureExtractor {

    /**
     * The features and warnings of a signal.
     *
     * @throws org.avrs.core.InvalidInputException only for input that does not fit the config (another
     *     sample rate, a missing channel, a record too short to filter)
     */
    Extraction extractWithWarnings(Signal signal);

    /** The features without the warnings. */
    @Override
    default FeatureMatrix extract(Signal signal) {
        return extractWithWarnings(signal).features();
    }
}
