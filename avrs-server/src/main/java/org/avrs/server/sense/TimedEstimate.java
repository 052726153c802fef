package org.avrs.server.sense;

import org.avrs.core.AffectEstimate;

/**
 * A recognised estimate and where it ends relative to the end of the upload it came from: the timeline
 * puts its end {@code secondsBeforeEnd} before the upload was received.
 *
 * @param estimate the estimate; only its span's duration is used
 * @param secondsBeforeEnd ≥ 0 (0 for a clip recognised whole)
 */
public record TimedEstimate(AffectEstimate estimate, double secondsBeforeEnd) {

    public TimedEstimate {
        java.util.Objects.requireNonNull(estimate, "estimate");
        if (!(secondsBeforeEnd >= 0) || Double.isInfinite(secondsBeforeEnd)) {
            throw new IllegalArgumentException("secondsBeforeEnd " + secondsBeforeEnd + " must be >= 0 and finite");
        }
    }

    /** An estimate of a whole upload, ending with it. */
    public static TimedEstimate atEnd(AffectEstimate estimate) {
        return new TimedEstimate(estimate, 0);
    }
}
