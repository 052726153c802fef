package org.avrs.server.store;

/**
 * One viewer watching one video. Open until ended; ending records what the viewer did.
 *
 * @param endedAt null while open
 * @param watchedSeconds null while open
 * @param skipped null while open
 * @param rating the viewer's stars (0.5–5), null when not rated or still open
 */
public record ViewingSession(String id, String viewerId, long videoId, long startedAt, Long endedAt,
        Double watchedSeconds, Boolean skipped, Double rating) {

    public boolean isOpen() {
        return endedAt == null;
    }
}
