package org.avrs.server.store;

/**
 * A raw upload kept after recognition because the viewer opted in.
 *
 * @param kind the signal kind: audio, eeg, ecg, eda, ppg
 */
public record RawSignal(String id, String sessionId, String viewerId, String kind, String contentType, byte[] bytes,
        long createdAt) {
}
