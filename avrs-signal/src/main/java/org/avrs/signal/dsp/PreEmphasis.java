package org.avrs.signal.dsp;

import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/**
 * First-order pre-emphasis y[n] = x[n] − α·x[n−1] with x[−1] = 0, i.e. {@code
 * scipy.signal.lfilter([1, -α], [1], x)}. (librosa.effects.preemphasis instead extrapolates x[−1] from
 * the first two samples, which changes y[0] only.)
 */
public final class PreEmphasis {

    private PreEmphasis() {
    }

    /**
     * @param coefficient α, in [0, 1) (0.97 is customary)
     */
    public static double[] apply(double[] x, double coefficient) {
        checkCoefficient(coefficient);
        Checks.finite("x", x);
        double[] y = new double[x.length];
        double previous = 0;
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - coefficient * previous;
            previous = x[i];
        }
        return y;
    }

    /** Every channel pre-emphasised. */
    public static Signal apply(Signal signal, double coefficient) {
        checkCoefficient(coefficient);
        double[][] out = new double[signal.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = apply(signal.channel(c), coefficient);
        }
        return signal.withData(out);
    }

    private static void checkCoefficient(double coefficient) {
        if (!(coefficient >= 0 && coefficient < 1)) {
            throw new IllegalArgumentException("pre-emphasis coefficient " + coefficient + " must be in [0, 1)");
        }
    }
}
