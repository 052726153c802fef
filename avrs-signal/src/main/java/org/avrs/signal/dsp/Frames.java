package org.avrs.signal.dsp;

import org.avrs.signal.Checks;

/**
 * Framing: frame t holds samples [t·hop, t·hop + length) (librosa.util.frame). Only whole frames are
 * made: count = 1 + ⌊(n − length) / hop⌋ for n ≥ length, else 0.
 */
public final class Frames {

    private Frames() {
    }

    /** The number of whole frames of {@code length} samples, {@code hop} apart, in n samples. */
    public static int count(int n, int length, int hop) {
        Checks.positive("frame length", length);
        Checks.positive("hop length", hop);
        return n < length ? 0 : 1 + (n - length) / hop;
    }

    /** The frames of x as rows, [frame][sample] (copies). */
    public static double[][] of(double[] x, int length, int hop) {
        int count = count(x.length, length, hop);
        double[][] out = new double[count][length];
        for (int t = 0; t < count; t++) {
            System.arraycopy(x, t * hop, out[t], 0, length);
        }
        return out;
    }
}
