package org.avrs.signal.io;

import java.util.Objects;
import org.avrs.core.Signal;

/**
 * One trial (one film clip) of a SEED session file.
 *
 * @param variable the MAT variable it came from, e.g. "djc_eeg3"
 * @param trial the trial number in the variable name (3 for "djc_eeg3"), 1-based
 * @param signal 62 EEG channels at 200 Hz in µV, named as {@link SeedReader#CHANNELS}
 */
public record SeedTrial(String variable, int trial, Signal signal) {

    public SeedTrial {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(signal, "signal");
    }
}
