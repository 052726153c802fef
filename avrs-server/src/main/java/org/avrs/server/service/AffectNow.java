package org.avrs.server.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.AffectFusion;
import org.avrs.core.EmotionSet;
import org.avrs.server.store.AffectEntry;

/**
 * A viewer's current affect: the {@link AffectFusion} of their recent timeline entries on the wall
 * clock, each weighted by confidence and by an exponential decay with the given half-life, the fused
 * distribution expressed over EmoDB's seven emotions (entries over other sets add to the VAD point).
 * Entries older than {@code maxAgeSeconds} are ignored; when none is left, the affect is unknown.
 *
 * @param halfLifeSeconds decay half-life h in seconds, &gt; 0
 * @param maxAgeSeconds the oldest entry still counted, in seconds, &gt; 0
 */
public record AffectNow(double halfLifeSeconds, double maxAgeSeconds) {

    public AffectNow {
        if (!(halfLifeSeconds > 0) || Double.isInfinite(halfLifeSeconds)) {
            throw new IllegalArgumentException("halfLifeSeconds " + halfLifeSeconds + " must be > 0 and finite");
        }
        if (!(maxAgeSeconds > 0) || Double.isInfinite(maxAgeSeconds)) {
            throw new IllegalArgumentException("maxAgeSeconds " + maxAgeSeconds + " must be > 0 and finite");
        }
    }

    /** Half-life 2 min, entries up to 30 min old. */
    public static AffectNow defaults() {
        return new AffectNow(120, 1800);
    }

    /** The earliest receipt time (epoch ms) still counted at {@code nowMillis}. */
    public long since(long nowMillis) {
        return nowMillis - (long) (maxAgeSeconds * 1000);
    }

    /**
     * The fused affect of the entries at time {@code nowMillis}, or empty when no entry is recent enough
     * or every recent entry has confidence 0.
     */
    public Optional<Affect> fuse(List<AffectEntry> entries, long nowMillis) {
        long since = since(nowMillis);
        List<AffectEstimate> recent = new ArrayList<>();
        for (AffectEntry e : entries) {
            if (e.receivedAt() >= since && e.affect().confidence() > 0) {
                recent.add(e.onWallClock());
            }
        }
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AffectFusion.of(EmotionSet.EMODB, halfLifeSeconds).fuse(recent, nowMillis / 1000.0));
    }
}
