package org.avrs.signal.speech;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/** What every speech extractor does with its input signal first, and how it names its columns. */
final class SpeechInput {

    private SpeechInput() {
    }

    /**
     * The samples of a signal checked against an extractor's rate: the one channel, or the mean of all
     * channels (as librosa.load(mono=True)).
     *
     * @throws InvalidInputException if the signal has no sample, or another sample rate
     */
    static double[] mono(Signal signal, double sampleRate, String who) {
        Checks.sampleRate(signal, sampleRate, who);
        Checks.minLength(signal, 1, who);
        return signal.toMono().channel(0);
    }

    /** prefix_0 … prefix_{n−1}. */
    static List<String> numbered(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(prefix + "_" + i);
        }
        return List.copyOf(names);
    }
}
