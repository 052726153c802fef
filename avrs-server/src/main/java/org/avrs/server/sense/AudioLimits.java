package org.avrs.server.sense;

/**
 * What an audio upload may be.
 *
 * @param minSampleRate the lowest rate in Hz, ≥ 16 000 (the speech features need 8 kHz of bandwidth)
 * @param maxSampleRate the highest rate in Hz
 * @param maxSeconds the longest clip in seconds
 * @param maxChannels the most channels (they are averaged to mono)
 */
public record AudioLimits(int minSampleRate, int maxSampleRate, double maxSeconds, int maxChannels) {

    public AudioLimits {
        if (minSampleRate < 16_000) {
            throw new IllegalArgumentException("minSampleRate " + minSampleRate + " must be >= 16000");
        }
        if (maxSampleRate < minSampleRate) {
            throw new IllegalArgumentException("maxSampleRate " + maxSampleRate + " must be >= minSampleRate " + minSampleRate);
        }
        if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) {
            throw new IllegalArgumentException("maxSeconds " + maxSeconds + " must be > 0 and finite");
        }
        if (maxChannels < 1) {
            throw new IllegalArgumentException("maxChannels " + maxChannels + " must be >= 1");
        }
    }

    /** 16–96 kHz, at most 30 s, at most 2 channels. */
    public static AudioLimits defaults() {
        return new AudioLimits(16_000, 96_000, 30, 2);
    }

    /** The largest WAV body these limits admit: 32-bit samples plus a generous header allowance. */
    public long maxBytes() {
        return (long) Math.ceil(maxSeconds * maxSampleRate) * maxChannels * 4 + 64 * 1024;
    }
}
