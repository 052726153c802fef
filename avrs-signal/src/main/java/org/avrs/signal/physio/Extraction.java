package org.avrs.signal.physio;

import java.util.List;
import java.util.Objects;
import org.avrs.signal.FeatureMatrix;

/**
 * Features together with the warnings of their computation (no beats found, record too short for LF,
 * …): physiological extractors return values (possibly NaN, or no rows) and say why instead of throwing.
 */
public record Extraction(FeatureMatrix features, List<String> warnings) {
    public Extraction {
        Objects.requireNonNull(features, "features");
        warnings = List.copyOf(warnings);
    }
}
