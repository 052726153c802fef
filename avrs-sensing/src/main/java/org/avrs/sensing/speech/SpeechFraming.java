package org.avrs.sensing.speech;

import java.util.Locale;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Window;

/**
 * The frames of the speech features at one sample rate: 25 ms Hann windows every 10 ms, centred, in
 * an FFT of the next power of two, so that recordings at any rate give frames of the same duration.
 *
 * @param rate samples per second
 * @param window window length in samples, round(0.025·rate)
 * @param hop hop in samples, round(0.010·rate)
 * @param nFft FFT size, the smallest power of two ≥ window
 */
record SpeechFraming(double rate, int window, int hop, int nFft) {

    /** The lowest sample rate the speech features accept: their mel bands reach 8 kHz. */
    static final double MIN_RATE = 16_000;
    static final double WINDOW_SECONDS = 0.025;
    static final double HOP_SECONDS = 0.010;

    static SpeechFraming at(double rate) {
        int win = (int) Math.round(WINDOW_SECONDS * rate);
        return new SpeechFraming(rate, win, (int) Math.round(HOP_SECONDS * rate), Integer.highestOneBit(win - 1) << 1);
    }

    /**
     * @throws InvalidInputException naming the source if the recording's rate is below 16 kHz
     */
    static void requireRate(Signal recording, String source) {
        if (recording.sampleRate() < MIN_RATE) {
            throw new InvalidInputException(source, "sample rate", String.format(Locale.ROOT,
                    "%.0f Hz is below the %.0f Hz the speech features need", recording.sampleRate(), MIN_RATE));
        }
    }

    /** The STFT of these frames (centred, zero padding, as librosa). */
    Stft.Config stft() {
        return new Stft.Config(nFft, window, hop, Window.HANN, true, PadMode.ZEROS);
    }
}
