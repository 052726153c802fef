package org.avrs.signal.io;

import java.util.Objects;

/**
 * A timed event of a recording, e.g. an EDF+ annotation ("Stimulus 1", "Sleep stage W").
 *
 * @param onset seconds from the recording's start date/time (EDF+: may be negative, before the start)
 * @param duration seconds, &gt;= 0; 0 when the file states no duration (as MNE does)
 * @param text the event's text (EDF+: UTF-8), never null
 */
public record Annotation(double onset, double duration, String text) {

    public Annotation {
        if (!Double.isFinite(onset)) {
            throw new IllegalArgumentException("onset " + onset + " must be finite");
        }
        if (!(duration >= 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration " + duration + " must be >= 0 and finite");
        }
        Objects.requireNonNull(text, "text");
    }
}
