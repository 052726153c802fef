package org.avrs.signal.io;

import java.util.Objects;
import org.avrs.core.Signal;

/**
 * One trial (one music video) of a DEAP participant: its 63 s of signals and the participant's
 * self-assessment ratings on continuous 1–9 scales.
 *
 * @param trial 1-based trial number (video order of the preprocessed files, i.e. Experiment_id order)
 * @param signal 40 channels at 128 Hz, named and ordered as {@link DeapReader#CHANNELS}
 */
public record DeapTrial(int trial, Signal signal, double valence, double arousal, double dominance, double liking) {

    public DeapTrial {
        Objects.requireNonNull(signal, "signal");
    }
}
