package org.avrs.signal.eeg;

import java.util.Objects;

/**
 * Two electrodes placed symmetrically about the midline: {@code left} over the left hemisphere (odd
 * 10-20 number), {@code right} its mirror (even number). Asymmetry features are left minus right (DASM)
 * and left over right (RASM).
 */
public record ChannelPair(String left, String right) {

    public ChannelPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.isBlank() || right.isBlank() || left.equals(right)) {
            throw new IllegalArgumentException("pair " + left + "/" + right + " needs two different non-blank names");
        }
    }

    /** "left-right", the prefix of asymmetry column names. */
    public String label() {
        return left + "-" + right;
    }
}
