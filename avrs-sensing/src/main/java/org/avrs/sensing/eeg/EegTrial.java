package org.avrs.sensing.eeg;

import java.util.Arrays;
import java.util.Objects;
import org.avrs.core.Signal;

/**
 * The input of one sample of an EEG corpus: a stretch of EEG and, where the corpus marks them, the
 * times of the events that segments are centred on (IESD's "feeling it" presses, EDF annotations).
 * Without events a trial is tiled into consecutive windows (DEAP, SEED, DREAMER).
 *
 * @param eeg the EEG channels only (no EOG, EMG or physiology), in the corpus's channel order
 * @param eventTimes seconds from the start of {@code eeg}, each in [0, duration], ascending; empty when
 *     the trial is tiled; copied in and out
 */
public record EegTrial(Signal eeg, double[] eventTimes) {

    public EegTrial {
        Objects.requireNonNull(eeg, "eeg");
        eventTimes = eventTimes == null ? new double[0] : eventTimes.clone();
        double duration = eeg.durationSeconds();
        for (int i = 0; i < eventTimes.length; i++) {
            double t = eventTimes[i];
            if (!(t >= 0 && t <= duration) || (i > 0 && t < eventTimes[i - 1])) {
                throw new IllegalArgumentException("event " + i + " at " + t + " s must lie in [0, " + duration
                        + "] s, in ascending order");
            }
        }
    }

    /** A trial without events, tiled into windows. */
    public static EegTrial of(Signal eeg) {
        return new EegTrial(eeg, null);
    }

    @Override
    public double[] eventTimes() {
        return eventTimes.clone();
    }

    public boolean hasEvents() {
        return eventTimes.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EegTrial t && eeg.equals(t.eeg) && Arrays.equals(eventTimes, t.eventTimes);
    }

    @Override
    public int hashCode() {
        return 31 * eeg.hashCode() + Arrays.hashCode(eventTimes);
    }

    @Override
    public String toString() {
        return "EegTrial[" + eeg + ", " + eventTimes.length + " events]";
    }
}
