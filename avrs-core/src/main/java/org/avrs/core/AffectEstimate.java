package org.avrs.core;

import java.util.Objects;

/**
 * An {@link Affect} as one recognizer saw it: from which modality, over which stretch of the recording
 * or session, and by which model ({@code source}, e.g. {@code "speech/svm-mfcc@emodb"}).
 */
public record AffectEstimate(Affect affect, Modality modality, TimeSpan span, String source) {

    public AffectEstimate {
        Objects.requireNonNull(affect, "affect");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(span, "span");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source of an affect estimate must name the model");
        }
    }
}
