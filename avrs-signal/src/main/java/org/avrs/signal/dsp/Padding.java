package org.avrs.signal.dsp;

import org.avrs.signal.Checks;

/** Extends signals beyond their ends by a {@link PadMode}, without copying the interior needlessly. */
public final class Padding {

    private Padding() {
    }

    /**
     * x with {@code left} samples before it and {@code right} after it.
     *
     * @throws IllegalArgumentException for an empty x with a mode other than ZEROS, or an ODD pad not
     *     shorter than x
     */
    public static double[] pad(double[] x, int left, int right, PadMode mode) {
        Checks.nonNegative("left pad", left);
        Checks.nonNegative("right pad", right);
        double[] out = new double[x.length + left + right];
        copy(x, -left, out, 0, out.length, mode);
        return out;
    }

    /**
     * Copies {@code length} samples of the padded signal, starting at index {@code from} of x (which may
     * be negative or reach past the end), into {@code dst} at {@code dstPos}.
     */
    public static void copy(double[] x, int from, double[] dst, int dstPos, int length, PadMode mode) {
        int n = x.length;
        int lo = Math.max(from, 0);
        int hi = Math.min(from + length, n);
        if (lo < hi) { // the interior in one piece
            System.arraycopy(x, lo, dst, dstPos + lo - from, hi - lo);
        }
        if (lo - from == 0 && hi == from + length) {
            return;
        }
        checkPad(n, Math.max(-from, from + length - n), mode);
        for (int i = from; i < lo && i < from + length; i++) {
            dst[dstPos + i - from] = outside(x, i, mode);
        }
        for (int i = Math.max(hi, from); i < from + length; i++) {
            dst[dstPos + i - from] = outside(x, i, mode);
        }
    }

    private static void checkPad(int n, int pad, PadMode mode) {
        if (n == 0 && mode != PadMode.ZEROS) {
            throw new IllegalArgumentException("cannot pad an empty signal with mode " + mode);
        }
        if (mode == PadMode.ODD && pad >= n) {
            throw new IllegalArgumentException("odd padding of " + pad + " samples needs a signal longer than "
                    + pad + " samples; it has " + n);
        }
    }

    /** The value of the padded signal at index i outside [0, n). */
    private static double outside(double[] x, int i, PadMode mode) {
        int n = x.length;
        return switch (mode) {
            case ZEROS -> 0.0;
            case EDGE -> x[i < 0 ? 0 : n - 1];
            case REFLECT -> x[reflect(i, n)];
            case ODD -> i < 0 ? 2 * x[0] - x[-i] : 2 * x[n - 1] - x[2 * (n - 1) - i];
        };
    }

    /** Index i reflected into [0, n) about the end samples (period 2(n − 1)). */
    static int reflect(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int k = Math.floorMod(i, period);
        return k < n ? k : period - k;
    }
}
