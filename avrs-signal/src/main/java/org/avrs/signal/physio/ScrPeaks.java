package org.avrs.signal.physio;

import java.util.List;

/**
 * Skin conductance responses found by {@link ScrDetector}, in time order; all arrays have one entry per
 * SCR and are copied in and out. Empty (with a warning) when none is found.
 *
 * @param onsets onset sample indices
 * @param peaks peak sample indices
 * @param amplitudes phasic(peak) − phasic(onset), signal units (µS)
 * @param riseTimes (peak − onset)/fs, s
 * @param halfRecoveryTimes time from the peak to half recovery, s (NaN if not reached)
 * @param sampleRate Hz
 * @param warnings what the caller should know
 */
public record ScrPeaks(int[] onsets, int[] peaks, double[] amplitudes, double[] riseTimes,
                       double[] halfRecoveryTimes, double sampleRate, List<String> warnings) {

    public ScrPeaks {
        onsets = onsets.clone();
        peaks = peaks.clone();
        amplitudes = amplitudes.clone();
        riseTimes = riseTimes.clone();
        halfRecoveryTimes = halfRecoveryTimes.clone();
        warnings = List.copyOf(warnings);
        int n = peaks.length;
        if (onsets.length != n || amplitudes.length != n || riseTimes.length != n || halfRecoveryTimes.length != n) {
            throw new IllegalArgumentException("SCR arrays differ in length");
        }
    }

    public int count() {
        return peaks.length;
    }

    @Override
    public int[] onsets() {
        return onsets.clone();
    }

    @Override
    public int[] peaks() {
        return peaks.clone();
    }

    @Override
    public double[] amplitudes() {
        return amplitudes.clone();
    }

    @Override
    public double[] riseTimes() {
        return riseTimes.clone();
    }

    @Override
    public double[] halfRecoveryTimes() {
        return halfRecoveryTimes.clone();
    }
}
