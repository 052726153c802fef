package org.avrs.signal.emd;

/**
 * The end rule of the envelopes: extrema mirrored about the ends, after Rilling, Flandrin &amp;
 * Gonçalves (2003), "On empirical mode decomposition and its algorithms", IEEE-EURASIP Workshop on
 * Nonlinear Signal and Image Processing (NSIP-03), Grado; the rule of their {@code emd.m} with
 * {@code nbsym = 2}, restated here.
 *
 * <p>At the left end (the right end is the same rule on the time-reversed signal), with maxima
 * M₀ &lt; M₁ &lt; … and minima N₀ &lt; N₁ &lt; … and x₀ the first sample:
 * <ul>
 *   <li>first extremum a maximum (M₀ &lt; N₀): if x₀ &gt; x[N₀] the symmetry axis is M₀ and the
 *       mirrored knots are the maxima M₁, M₂ and the minima N₀, N₁; otherwise the axis is sample 0, which
 *       itself serves as a minimum, and the mirrored knots are M₀, M₁ and N₀ plus sample 0;</li>
 *   <li>first extremum a minimum: the same with maxima and minima exchanged (x₀ &lt; x[M₀] puts the
 *       axis at N₀).</li>
 * </ul>
 * A knot k is placed at 2·axis − k with the value x[k]. If with the axis at an extremum the
 * outermost mirrored knot of either envelope still lies inside the signal (&gt; 0), the axis moves to
 * sample 0 and that envelope mirrors its first two real extrema instead. Each envelope thus gets up to
 * two knots beyond each end, so that the splines interpolate rather than extrapolate at the ends. Needs
 * at least one maximum and one minimum.
 *
 * <p>Not thread-safe; one instance per {@link Sifter}.
 */
final class EndMirror {

    private static final int NB = 2; // extrema mirrored per envelope and end

    // knots of the current end in reflected coordinates (distance from the end), ascending
    private final int[] maxSrc = new int[NB + 1];
    private final int[] minSrc = new int[NB + 1];
    private int nMaxSrc;
    private int nMinSrc;
    private int axis;

    // the signal and extrema of the current call
    private double[] x;
    private int n;
    private int[] maxima;
    private int nMax;
    private int[] minima;
    private int nMin;
    private boolean right;

    /**
     * Builds the knots of both envelopes: mirrored left knots, the extrema, mirrored right knots, in
     * increasing position.
     *
     * @return {@code (upperCount << 32) | lowerCount}
     */
    long knots(double[] x, int n, int[] maxima, int nMax, int[] minima, int nMin,
               double[] upperX, double[] upperY, double[] lowerX, double[] lowerY) {
        this.x = x;
        this.n = n;
        this.maxima = maxima;
        this.nMax = nMax;
        this.minima = minima;
        this.nMin = nMin;
        int nu = 0;
        int nl = 0;
        // left end: mirrored positions 2·axis − src ascend when src descends
        right = false;
        choose();
        for (int k = nMaxSrc - 1; k >= 0; k--) {
            upperX[nu] = 2.0 * axis - maxSrc[k];
            upperY[nu++] = x[maxSrc[k]];
        }
        for (int k = nMinSrc - 1; k >= 0; k--) {
            lowerX[nl] = 2.0 * axis - minSrc[k];
            lowerY[nl++] = x[minSrc[k]];
        }
        for (int k = 0; k < nMax; k++) {
            upperX[nu] = maxima[k];
            upperY[nu++] = x[maxima[k]];
        }
        for (int k = 0; k < nMin; k++) {
            lowerX[nl] = minima[k];
            lowerY[nl++] = x[minima[k]];
        }
        // right end, in reflected coordinates q = (n − 1) − position: original position (n − 1) − (2·axis − src)
        right = true;
        choose();
        for (int k = 0; k < nMaxSrc; k++) {
            upperX[nu] = (n - 1) - (2.0 * axis - maxSrc[k]);
            upperY[nu++] = x[n - 1 - maxSrc[k]];
        }
        for (int k = 0; k < nMinSrc; k++) {
            lowerX[nl] = (n - 1) - (2.0 * axis - minSrc[k]);
            lowerY[nl++] = x[n - 1 - minSrc[k]];
        }
        this.x = null;
        this.maxima = null;
        this.minima = null;
        return ((long) nu << 32) | nl;
    }

    /** The k-th maximum from the current end, in reflected coordinates. */
    private int max(int k) {
        return right ? n - 1 - maxima[nMax - 1 - k] : maxima[k];
    }

    private int min(int k) {
        return right ? n - 1 - minima[nMin - 1 - k] : minima[k];
    }

    /** The sample at reflected position q. */
    private double value(int q) {
        return x[right ? n - 1 - q : q];
    }

    /** Chooses the axis and the knots to mirror at the current end (fills maxSrc/minSrc ascending). */
    private void choose() {
        double x0 = value(0);
        boolean maxFirst = max(0) < min(0);
        if (maxFirst && x0 > value(min(0))) {
            axis = max(0);
            nMaxSrc = take(true, 1, NB, false);
            nMinSrc = take(false, 0, NB, false);
        } else if (maxFirst) {
            axis = 0;
            nMaxSrc = take(true, 0, NB, false);
            nMinSrc = take(false, 0, NB - 1, true);
        } else if (x0 < value(max(0))) {
            axis = min(0);
            nMaxSrc = take(true, 0, NB, false);
            nMinSrc = take(false, 1, NB, false);
        } else {
            axis = 0;
            nMaxSrc = take(true, 0, NB - 1, true);
            nMinSrc = take(false, 0, NB, false);
        }
        if (axis != 0 && (outermost(maxSrc, nMaxSrc) > 0 || outermost(minSrc, nMinSrc) > 0)) {
            // mirrored knots do not reach past the end: mirror about the end sample instead
            if (maxFirst) {
                nMaxSrc = take(true, 0, NB, false);
            } else {
                nMinSrc = take(false, 0, NB, false);
            }
            axis = 0;
        }
    }

    /** The mirrored position of the outermost knot of a list (its largest source), or +∞ if empty. */
    private int outermost(int[] src, int count) {
        return count == 0 ? Integer.MAX_VALUE : 2 * axis - src[count - 1];
    }

    /**
     * Fills the maxima (or minima) list with extrema from index {@code from} up to {@code count} of
     * them, preceded by the end sample 0 when {@code withEnd}; returns the list length.
     */
    private int take(boolean maxima, int from, int count, boolean withEnd) {
        int[] dst = maxima ? maxSrc : minSrc;
        int available = maxima ? nMax : nMin;
        int len = 0;
        if (withEnd) {
            dst[len++] = 0;
        }
        for (int k = from; k < Math.min(available, from + count); k++) {
            dst[len++] = maxima ? max(k) : min(k);
        }
        return len;
    }
}
