package org.avrs.sensing.physio;

import java.util.Arrays;
import org.avrs.signal.physio.Peaks;

/**
 * Instantaneous heart rate from detected beats: HRₖ = 60000 / RRₖ bpm, RRₖ the k-th inter-beat
 * interval in ms, timed at the beat that ends it; and on a sample grid, each sample taking the rate of
 * the interval it lies in (a step function, NeuroKit's {@code signal_rate} with "previous"
 * interpolation), the first interval's rate before it and the last one's after it.
 */
final class HeartRate {

    private HeartRate() {
    }

    /** HRₖ in bpm, one per interval (empty with fewer than two beats). */
    static double[] instantaneous(Peaks beats) {
        double[] rr = beats.intervalsMs();
        double[] hr = new double[rr.length];
        for (int k = 0; k < rr.length; k++) {
            hr[k] = 60000 / rr[k];
        }
        return hr;
    }

    /** The rate at every sample of a record of n samples; NaN everywhere with fewer than two beats. */
    static double[] onGrid(Peaks beats, int n) {
        double[] out = new double[n];
        int[] idx = beats.indices();
        double[] hr = instantaneous(beats);
        if (hr.length == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k < hr.length - 1 && i >= idx[k + 1]) {
                k++;
            }
            out[i] = hr[k];
        }
        return out;
    }
}
