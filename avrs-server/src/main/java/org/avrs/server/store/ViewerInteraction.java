package org.avrs.server.store;

/**
 * What a viewer did with a video, recorded when a session ends.
 *
 * @param rating stars (0.5–5) or null when the viewer did not rate
 */
public record ViewerInteraction(String viewerId, String sessionId, long videoId, Double rating,
        double watchedSeconds, boolean skipped, long createdAt) {
}
