package org.avrs.signal.dsp;

import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/**
 * Filtering with second-order sections: causal ({@code scipy.signal.sosfilt}) and zero-phase
 * forward-backward ({@code scipy.signal.sosfiltfilt}).
 *
 * <p>Each section runs in transposed direct form II: y = b0·x + z0; z0 ← b1·x − a1·y + z1;
 * z1 ← b2·x − a2·y (SciPy's states; the arithmetic is rearranged for speed, so results agree to rounding).
 */
public final class SosFilter {

    private SosFilter() {
    }

    /** y = sosfilt(sos, x) from a zero state. */
    public static double[] filter(Sos sos, double[] x) {
        double[] y = Checks.finite("x", x).clone();
        run(coefficients(sos), y, new double[2 * paired(sos.sectionCount())], false);
        return y;
    }

    /**
     * y = sosfilt(sos, x, zi) from the given state.
     *
     * @param zi [section][2] initial state (e.g. {@code sos.zi()} scaled by x[0])
     */
    public static double[] filter(Sos sos, double[] x, double[][] zi) {
        double[] y = Checks.finite("x", x).clone();
        run(coefficients(sos), y, flatState(sos, zi, 1.0), false);
        return y;
    }

    /**
     * Zero-phase filtering with SciPy's defaults: odd extension by {@link Sos#defaultPadLength()}
     * samples at each end (sosfiltfilt(sos, x), padtype "odd").
     *
     * @throws InvalidInputException if x is not longer than the pad length
     */
    public static double[] filtfilt(Sos sos, double[] x) {
        return filtfilt(sos, x, PadMode.ODD, sos.defaultPadLength());
    }

    /**
     * Zero-phase filtering, scipy.signal.sosfiltfilt(sos, x, padtype, padlen): x extended by
     * {@code padLength} samples at both ends ({@link PadMode#ODD} = "odd", {@link PadMode#REFLECT} =
     * "even", {@link PadMode#EDGE} = "constant"; padLength 0 = padtype None); filtered forward from the
     * steady state {@code zi·x̃[0]}, then backward from {@code zi·y[end]}; the extension removed. The
     * result has the squared magnitude response |H|² and no phase shift.
     *
     * @throws InvalidInputException if x is not longer than padLength (SciPy's rule)
     */
    public static double[] filtfilt(Sos sos, double[] x, PadMode padMode, int padLength) {
        Checks.nonNegative("padLength", padLength);
        Checks.finite("x", x);
        if (x.length <= padLength) {
            throw new InvalidInputException("signal", "length", "has " + x.length
                    + " samples; zero-phase filtering needs more than the pad length " + padLength);
        }
        double[] ext = Padding.pad(x, padLength, padLength, padMode);
        double[] c = coefficients(sos);
        double[][] zi = sos.zi();
        run(c, ext, flatState(sos, zi, ext[0]), false);
        run(c, ext, flatState(sos, zi, ext[ext.length - 1]), true);
        return java.util.Arrays.copyOfRange(ext, padLength, padLength + x.length);
    }

    /** {@link #filtfilt(Sos, double[])} on every channel. */
    public static Signal filtfilt(Sos sos, Signal signal) {
        return perChannel(sos, signal, x -> filtfilt(sos, x));
    }

    /** {@link #filter(Sos, double[])} on every channel. */
    public static Signal filter(Sos sos, Signal signal) {
        return perChannel(sos, signal, x -> filter(sos, x));
    }

    private static Signal perChannel(Sos sos, Signal signal, java.util.function.UnaryOperator<double[]> op) {
        checkRate(sos, signal);
        double[][] out = new double[signal.channelCount()][];
        for (int ch = 0; ch < out.length; ch++) {
            out[ch] = op.apply(signal.channel(ch));
        }
        return Signal.builder().sampleRate(signal.sampleRate()).channelsOwned(out).names(signal.channelNames())
                .units(signal.units()).startTime(signal.startTime().orElse(null)).build();
    }

    private static void checkRate(Sos sos, Signal signal) {
        Checks.sampleRate(signal, sos.sampleRate(), "a filter designed for " + sos.sampleRate() + " Hz");
    }

    /**
     * Coefficients flattened per section as b0 b1 b2 a1 a2, padded with an identity section (y = x) to an
     * even count so that sections always run in pairs.
     */
    private static double[] coefficients(Sos sos) {
        double[][] s = sos.sections();
        double[] c = new double[5 * paired(s.length)];
        for (int i = 0; i < s.length; i++) {
            c[5 * i] = s[i][0];
            c[5 * i + 1] = s[i][1];
            c[5 * i + 2] = s[i][2];
            c[5 * i + 3] = s[i][4];
            c[5 * i + 4] = s[i][5];
        }
        if (s.length % 2 == 1) {
            c[5 * s.length] = 1.0;
        }
        return c;
    }

    private static int paired(int sections) {
        return sections + sections % 2;
    }

    /** The state [z0 z1] per section (the identity section's stays 0), scaled. */
    private static double[] flatState(Sos sos, double[][] zi, double scale) {
        if (zi.length != sos.sectionCount()) {
            throw new IllegalArgumentException("initial state has " + zi.length + " sections; the filter has "
                    + sos.sectionCount());
        }
        double[] z = new double[2 * paired(zi.length)];
        for (int s = 0; s < zi.length; s++) {
            if (zi[s].length != 2) {
                throw new IllegalArgumentException("initial state of section " + s + " has " + zi[s].length
                        + " values; needs 2");
            }
            z[2 * s] = zi[s][0] * scale;
            z[2 * s + 1] = zi[s][1] * scale;
        }
        return z;
    }

    /**
     * Runs the cascade over x in place (backward when {@code reverse}), updating the state z. Sections go
     * in pairs whose four state values live in registers: the two recurrences overlap in the processor.
     * (The backward pass reverses x, runs forward and reverses back: one loop for both directions.)
     */
    private static void run(double[] c, double[] x, double[] z, boolean reverse) {
        if (reverse) {
            reverse(x);
        }
        for (int s = 0; s < c.length / 5; s += 2) {
            runPair(c, 5 * s, x, z, 2 * s);
        }
        if (reverse) {
            reverse(x);
        }
    }

    // The recurrences are rearranged so that the loop-carried path is one multiply-add:
    // z0' = (b1 − a1·b0)·x + z1 − a1·z0 and z1' = (b2 − a2·b0)·x − a2·z0, with y = b0·x + z0 off that path.
    // Same transfer function and states as SciPy's form; results agree to rounding.

    private static void runPair(double[] c, int j, double[] x, double[] z, int k) {
        double b0 = c[j], c1 = c[j + 1] - c[j + 3] * b0, c2 = c[j + 2] - c[j + 4] * b0, a1 = c[j + 3], a2 = c[j + 4];
        double d0 = c[j + 5], e1 = c[j + 8], e2 = c[j + 9], d1 = c[j + 6] - e1 * d0, d2 = c[j + 7] - e2 * d0;
        double z0 = z[k], z1 = z[k + 1], w0 = z[k + 2], w1 = z[k + 3];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            double y = b0 * v + z0;
            double t0 = c1 * v + z1 - a1 * z0;
            z1 = c2 * v - a2 * z0;
            z0 = t0;
            double u = d0 * y + w0;
            double t1 = d1 * y + w1 - e1 * w0;
            w1 = d2 * y - e2 * w0;
            w0 = t1;
            x[i] = u;
        }
        z[k] = z0;
        z[k + 1] = z1;
        z[k + 2] = w0;
        z[k + 3] = w1;
    }

    private static void reverse(double[] x) {
        for (int i = 0, j = x.length - 1; i < j; i++, j--) {
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }
}
