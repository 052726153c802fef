package org.avrs.signal.physio;

import java.util.Arrays;
import org.avrs.signal.Checks;

/**
 * Event onsets from a marker channel (a photosensor, a trigger line): the samples where the channel
 * crosses a threshold. Falling: x[i−1] ≥ threshold &gt; x[i]; rising: x[i−1] &lt; threshold ≤ x[i]. The
 * onset is i, the first sample past the crossing. In NeuroKit2's bio_eventrelated_100hz.csv the
 * photosensor falls from 5 to 0 at each image onset (samples 1024, 4958, 9224, 12984).
 */
public final class Events {

    /** Which crossings are events. */
    public enum Edge { FALLING, RISING }

    private Events() {
    }

    /** The onsets of crossings of {@code threshold} in the given direction, in increasing order. */
    public static int[] crossings(double[] x, double threshold, Edge edge) {
        Checks.finite("threshold", threshold);
        int[] out = new int[x.length];
        int n = 0;
        for (int i = 1; i < x.length; i++) {
            boolean hit = edge == Edge.FALLING ? x[i - 1] >= threshold && x[i] < threshold
                    : x[i - 1] < threshold && x[i] >= threshold;
            if (hit) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
