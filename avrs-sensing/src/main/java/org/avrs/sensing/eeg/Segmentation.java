package org.avrs.sensing.eeg;

import java.util.Arrays;

/**
 * Where the analysis windows of a trial lie. A trial with events ({@link EegTrial#eventTimes()}) gives
 * one window of L = round(windowSeconds·fs) samples centred on each event — samples
 * [round(t·fs) − ⌊L/2⌋, … + L) — as Ji &amp; Dong (2022, doi:10.3389/fnins.2022.985709) cut 2 s around each
 * "feeling it" press; windows that would cross the trial's ends are dropped. A trial without events is
 * tiled: windows start at 0, S, 2S, … (S = round(stepSeconds·fs)) while they fit; a tail shorter than
 * a window is dropped.
 *
 * @param windowSeconds window length in s, &gt; 0 (2)
 * @param stepSeconds distance between tiled windows in s, &gt; 0 (2: no overlap, so windows of a trial
 *     share no samples)
 */
public record Segmentation(double windowSeconds, double stepSeconds) {

    public Segmentation {
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("windowSeconds " + windowSeconds + " must be > 0 and finite");
        }
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("stepSeconds " + stepSeconds + " must be > 0 and finite");
        }
    }

    /** 2 s windows, not overlapping (P3's segment length). */
    public static Segmentation defaults() {
        return new Segmentation(2, 2);
    }

    /** The window length in samples at a rate. */
    public int length(double sampleRate) {
        return (int) Math.round(windowSeconds * sampleRate);
    }

    /**
     * The first sample of each window of a trial, ascending.
     *
     * @throws IllegalArgumentException if a window is shorter than 2 samples at the trial's rate
     */
    public int[] starts(EegTrial trial) {
        double fs = trial.eeg().sampleRate();
        int n = trial.eeg().length();
        int len = length(fs);
        if (len < 2) {
            throw new IllegalArgumentException("windowSeconds " + windowSeconds + " is under 2 samples at " + fs + " Hz");
        }
        if (trial.hasEvents()) {
            return Arrays.stream(trial.eventTimes()).mapToInt(t -> (int) Math.round(t * fs) - len / 2)
                    .filter(s -> s >= 0 && s + len <= n).toArray();
        }
        int step = Math.max(1, (int) Math.round(stepSeconds * fs));
        int count = n < len ? 0 : 1 + (n - len) / step;
        int[] starts = new int[count];
        for (int k = 0; k < count; k++) {
            starts[k] = k * step;
        }
        return starts;
    }
}
