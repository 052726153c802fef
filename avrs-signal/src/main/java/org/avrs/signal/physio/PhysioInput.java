package org.avrs.signal.physio;

import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/** How physiological extractors pick their channel. */
final class PhysioInput {

    private PhysioInput() {
    }

    /**
     * The samples of the named channel, or of the only channel of a one-channel signal whatever its
     * name.
     *
     * @throws InvalidInputException for another sample rate or a missing channel
     */
    static double[] channel(Signal signal, String name, double sampleRate, String who) {
        Checks.sampleRate(signal, sampleRate, who);
        int i = signal.channelNames().indexOf(name);
        if (i < 0 && signal.channelCount() == 1) {
            i = 0;
        }
        if (i < 0) {
            throw new InvalidInputException("signal", "channel '" + name + "'",
                    who + " reads this channel but the signal has only " + signal.channelNames());
        }
        return signal.channel(i);
    }
}
