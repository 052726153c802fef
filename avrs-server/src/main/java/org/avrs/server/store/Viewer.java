package org.avrs.server.store;

/**
 * A viewer of the service: known only by a random id and the hash of their token.
 *
 * @param keepRawSignals whether the viewer agreed to keep raw biometric uploads after recognition
 */
public record Viewer(String id, long createdAt, boolean keepRawSignals) {
}
