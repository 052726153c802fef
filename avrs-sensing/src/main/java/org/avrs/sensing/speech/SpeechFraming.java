package org.avrs.sensing.speech;

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

    static final double WINDOW_SECONDS = 0.025;
    static final double HOP_SECONDS = 0.010;

    static SpeechFraming at(double rate) {
        int win = (int) Math.round(WINDOW_SECONDS * rate);
        return new SpeechFraming(rate, win, (int) Math.round(HOP_SECONDS * rate), Integer.highestOneBit(win - 1) << 1);
    }

    /** The STFT of these frames (centred, zero padding, as librosa). */
    Stft.Config stft() {
        return new Stft.Config(nFft, window, hop, Window.HANN, true, PadMode.ZEROS);
    }
}
