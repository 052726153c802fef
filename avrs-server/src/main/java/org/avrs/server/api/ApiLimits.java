package org.avrs.server.api;

import org.avrs.server.sense.AudioLimits;
import org.avrs.server.sense.EegLimits;

/**
 * Request limits of the API.
 *
 * @param maxJsonBytes the largest JSON body, ≥ 1 KiB
 * @param audio what an audio upload may be (its largest body follows from it)
 * @param eeg what an EEG upload may be, and how many live EEG streams are kept
 */
public record ApiLimits(long maxJsonBytes, AudioLimits audio, EegLimits eeg) {

    public ApiLimits {
        if (maxJsonBytes < 1024) {
            throw new IllegalArgumentException("maxJsonBytes " + maxJsonBytes + " must be >= 1024");
        }
        java.util.Objects.requireNonNull(audio, "audio");
        java.util.Objects.requireNonNull(eeg, "eeg");
    }

    /** JSON bodies up to 64 KiB, {@link AudioLimits#defaults()}, {@link EegLimits#defaults()}. */
    public static ApiLimits defaults() {
        return new ApiLimits(64 * 1024, AudioLimits.defaults(), EegLimits.defaults());
    }

    /** The largest body any route accepts. */
    public long maxBodyBytes() {
        return Math.max(maxJsonBytes, Math.max(audio.maxBytes(), eeg.maxBytes()));
    }
}
