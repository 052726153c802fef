package org.avrs.signal.physio;

import java.util.Arrays;
import java.util.List;
import org.avrs.signal.Checks;

/**
 * Detected peaks (R-peaks, pulse peaks): their sample indices in increasing order, the sample rate, and
 * the warnings of the detection (e.g. "no peaks found"). An empty result is a valid outcome, never an
 * exception. Immutable: the array is copied in and out.
 *
 * @param indices sample indices, strictly increasing, ≥ 0
 * @param sampleRate Hz
 * @param warnings what the caller should know about this result
 */
public record Peaks(int[] indices, double sampleRate, List<String> warnings) {

    public Peaks {
        indices = indices.clone();
        Checks.positive("sampleRate", sampleRate);
        warnings = List.copyOf(warnings);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || i > 0 && indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("peak indices must be >= 0 and increasing: " + Arrays.toString(indices));
            }
        }
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    public int count() {
        return indices.length;
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    /** The peak times in seconds. */
    public double[] times() {
        double[] t = new double[indices.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = indices[i] / sampleRate;
        }
        return t;
    }

    /** The intervals between consecutive peaks in milliseconds (count − 1 values). */
    public double[] intervalsMs() {
        double[] rr = new double[Math.max(0, indices.length - 1)];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = (indices[i + 1] - indices[i]) * 1000.0 / sampleRate;
        }
        return rr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Peaks p && Arrays.equals(indices, p.indices) && sampleRate == p.sampleRate
                && warnings.equals(p.warnings);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Double.hashCode(sampleRate);
    }

    @Override
    public String toString() {
        return "Peaks[" + indices.length + " @ " + sampleRate + " Hz" + (warnings.isEmpty() ? "" : ", " + warnings) + "]";
    }
}
