package org.avrs.server.sense;

/**
 * What live EEG uploads may be.
 *
 * @param maxBytes the largest EDF/BDF body, ≥ 1 KiB (the default 16 MiB holds 64 channels of 24-bit BDF
 *     at 512 Hz for 170 s; a chunk is usually seconds long)
 * @param maxStreams sessions whose live recognizer stays in memory, ≥ 1; beyond that the least recently
 *     used session's recognizer is dropped and that session's next upload starts a new window
 */
public record EegLimits(long maxBytes, int maxStreams) {

    public EegLimits {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " must be >= 1024");
        }
        if (maxStreams < 1) {
            throw new IllegalArgumentException("maxStreams " + maxStreams + " must be >= 1");
        }
    }

    /** 16 MiB bodies, 1000 live streams. */
    public static EegLimits defaults() {
        return new EegLimits(16L << 20, 1000);
    }
}
