package org.avrs.server.api;

import org.avrs.server.sense.AudioLimits;

/**
 * Request limits of the API.
 *
 * @param maxJsonBytes the largest JSON body, ≥ 1 KiB
 * @param audio what an audio upload may be (its largest body follows from it)
 */
public record ApiLimits(long maxJsonBytes, AudioLimits audio) {

    public ApiLimits {
        if (maxJsonBytes < 1024) {
            throw new IllegalArgumentException("maxJsonBytes " + maxJsonBytes + " must be >= 1024");
        }
        java.util.Objects.requireNonNull(audio, "audio");
    }

    /** JSON bodies up to 64 KiB, {@link AudioLimits#defaults()}. */
    public static ApiLimits defaults() {
        return new ApiLimits(64 * 1024, AudioLimits.defaults());
    }

    /** The largest body any route accepts. */
    public long maxBodyBytes() {
        return Math.max(maxJsonBytes, audio.maxBytes());
    }
}
