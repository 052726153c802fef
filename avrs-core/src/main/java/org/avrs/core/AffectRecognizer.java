package org.avrs.core;

/**
 * Recognizes affect from one input: a recording, a window of a stream, an image, a text.
 *
 * @param <I> the input type, e.g. {@link Signal}
 */
@FunctionalInterface
public interface AffectRecognizer<I> {

    /**
     * @throws InvalidInputException if the input cannot be used (wrong rate, too short, non-finite)
     */
    AffectEstimate recognize(I input);
}
