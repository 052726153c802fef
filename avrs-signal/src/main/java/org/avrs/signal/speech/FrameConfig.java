package org.avrs.signal.speech;

import org.avrs.core.InvalidInputException;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.Frames;

/**
 * Framing of time-domain frame features ({@link ZeroCrossingRate}, {@link Energy}), librosa style:
 * frame t covers [t·hop − ⌊L/2⌋, t·hop − ⌊L/2⌋ + L) when centred (the signal padded by ⌊L/2⌋ on both
 * sides; time t·hop/fs), else [t·hop, t·hop + L) (time (t·hop + ⌊L/2⌋)/fs). Centred, 1 + ⌊n/hop⌋ frames
 * for even L: the same rows and times as the default STFT-based features with the same hop.
 *
 * @param sampleRate the signal rate accepted, Hz
 * @param frameLength L in samples, ≥ 1
 * @param hopLength samples between frames, ≥ 1
 * @param center centre frames on t·hop
 */
public record FrameConfig(double sampleRate, int frameLength, int hopLength, boolean center) {

    public FrameConfig {
        Checks.positive("sampleRate", sampleRate);
        Checks.positive("frameLength", frameLength);
        Checks.positive("hopLength", hopLength);
    }

    /**
     * 16 kHz, 400-sample (25 ms) frames every 160 samples (10 ms), centred — rows aligned with {@link Mfcc}'s
     * defaults. (librosa's defaults, 2048/512, are for music at 22.05 kHz.)
     */
    public static FrameConfig defaults() {
        return new FrameConfig(16000, 400, 160, true);
    }

    /** The number of frames of n samples. */
    public int frameCount(int n) {
        return Frames.count(center ? n + 2 * (frameLength / 2) : n, frameLength, hopLength);
    }

    /**
     * The frame count, checked.
     *
     * @throws InvalidInputException if no frame fits (an empty signal, or one shorter than a frame
     *     without centring)
     */
    public int checkedFrameCount(int n) {
        int frames = n == 0 ? 0 : frameCount(n);
        if (frames == 0) {
            throw new InvalidInputException("signal", "length", "has " + n + " samples; a frame needs "
                    + (center ? "at least 1" : frameLength));
        }
        return frames;
    }

    /** The first sample of frame t (negative or beyond the end inside the padding). */
    public int frameStart(int t) {
        return t * hopLength - (center ? frameLength / 2 : 0);
    }

    /** The centre time of each of the frames of n samples, seconds. */
    public double[] frameTimes(int n) {
        double[] times = new double[frameCount(n)];
        for (int t = 0; t < times.length; t++) {
            times[t] = ((double) t * hopLength + (center ? 0 : frameLength / 2)) / sampleRate;
        }
        return times;
    }
}
