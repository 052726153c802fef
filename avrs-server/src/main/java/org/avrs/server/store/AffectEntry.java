package org.avrs.server.store;

import java.util.Objects;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;

/**
 * One point of a session's affect timeline: an affect recognised from an upload or reported by the
 * client, placed on the session clock.
 *
 * @param receivedAt when the server received it (epoch ms)
 * @param span the seconds since the session started that it covers
 * @param signalId the raw upload it came from when that was kept (opt-in), else null
 */
public record AffectEntry(String id, String sessionId, String viewerId, long receivedAt, TimeSpan span,
        Modality modality, String source, Affect affect, String signalId) {

    public AffectEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(viewerId, "viewerId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(affect, "affect");
    }

    /** The entry as an estimate on the wall clock (seconds since the epoch), for fusion across sessions. */
    public AffectEstimate onWallClock() {
        double end = receivedAt / 1000.0;
        return new AffectEstimate(affect, modality, new TimeSpan(Math.max(0, end - span.duration()), end), source);
    }
}
