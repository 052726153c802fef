package org.avrs.signal.emd;

/**
 * A signal minus the mean (e_u + e_l)/2 of its upper and lower envelope splines, at every sample 0 … n−1,
 * in one pass: the samples are walked in segments between consecutive knots of either envelope, on each
 * of which both splines are a single cubic piece. No envelope is stored.
 *
 * <p>Piece j of a spline (knots x, values y, slopes s, secants δ, 1/h from its {@link SplineSystem})
 * covers the samples in [x_j, x_{j+1}) (knots are whole sample positions), the first and last pieces
 * extend to the ends; with u = i − x_j its value is y_j + u(s_j + u(a₂ + u·a₃)), a₂ = (3δ_j − 2s_j −
 * s_{j+1})/h_j, a₃ = (s_j + s_{j+1} − 2δ_j)/h_j² ({@link CubicSpline}); the result is h − 0.5·(e_u + e_l),
 * the operations of evaluating each envelope into an array and subtracting their mean, so the values
 * are the same to the bit.
 *
 * <p>Dense knots make short segments whose varying lengths would mispredict a loop exit, so segments
 * are written in groups of {@link #SHORT_SEGMENT} values (the next segment overwrites the surplus): with
 * the Vector API one vector per group ({@link LaneCubics}); on the scalar path only segments up to
 * {@link #LONG_SEGMENT} samples, longer ones by a plain loop that C2 unrolls and vectorizes. Knots closer
 * than {@link #DENSE_SEGMENT} samples on average (the first IMFs of noisy signals) skip the walk: the
 * upper envelope is evaluated into a buffer, piece by piece, then the lower one combined with it and h.
 *
 * <p>The sifting also needs the extrema of the result. It is written in chunks of {@link #CHUNK}
 * samples, and each chunk is handed to an {@link ExtremaScan} while it is still in the L1 cache, instead
 * of being read again from memory.
 *
 * <p>Mutable and not thread-safe; one per {@link Sifter}.
 */
final class MeanEnvelope {

    /** Segments are evaluated in groups of this many samples, the surplus overwritten by the next segment. */
    static final int SHORT_SEGMENT = 4;
    /** Dense pieces up to this many samples are evaluated without a data-dependent loop exit. */
    private static final int SHORT_PIECE = 8;
    /** The room after the n samples that the signal and the output need for the surplus values. */
    static final int PADDING = Math.max(SHORT_SEGMENT, SHORT_PIECE);
    /** Longer segments are evaluated by {@link #fill}. */
    private static final int LONG_SEGMENT = 16;
    /**
     * Knots closer than this many samples on average (the first IMFs of noisy signals) make segments too
     * short for the walk: each envelope is then evaluated alone and the two combined.
     */
    private static final int DENSE_SEGMENT = 5;
    /**
     * Samples are written in chunks of at most this many (8 KiB), each then scanned for extrema while it
     * is in the L1 cache, when the caller asks for them.
     */
    private static final int CHUNK = 1024;
    /** The SIMD kernels of {@link LaneCubics}, which give the same values to the bit. */
    private static final boolean LANES = org.avrs.signal.dsp.VectorLanes.available()
            && LaneCubics.fits(SHORT_SEGMENT) && LaneCubics.fits(SHORT_PIECE);

    private final int n;
    private final Pieces upper;
    private final Pieces lower;
    private final double[] upperValues; // the upper envelope of dense knots, with room for evaluate's surplus
    private final boolean lanes;

    /** For n samples and splines of up to {@code knots} knots. */
    MeanEnvelope(int n, int knots) {
        this(n, knots, LANES);
    }

    /** With {@code lanes}, the SIMD kernels (only if the Vector API is there; tests compare both). */
    MeanEnvelope(int n, int knots, boolean lanes) {
        this.n = n;
        this.lanes = lanes && LANES;
        this.upper = new Pieces(knots);
        this.lower = new Pieces(knots);
        this.upperValues = new double[n + PADDING];
    }

    /**
     * Writes h − (e_u + e_l)/2 into {@code out}, the envelopes being the two splines just solved (upper:
     * system su, knots (ux, uy), slopes us, mu knots; lower likewise). h and out are different arrays of
     * n + {@link #PADDING} values (the surplus of short segments and pieces is read and written). With a
     * {@code scan} (started, or null), the extrema of out are scanned as it is written; the caller
     * finishes the scan.
     */
    void subtract(SplineSystem su, double[] ux, double[] uy, double[] us, int mu,
               SplineSystem sl, double[] lx, double[] ly, double[] ls, int ml, double[] h, double[] out,
               ExtremaScan scan) {
        if (mu + ml > n / DENSE_SEGMENT) {
            evaluate(su, ux, uy, us, mu, null, null, upperValues, null);
            evaluate(sl, lx, ly, ls, ml, h, upperValues, out, scan);
            return;
        }
        Pieces a = upper;
        Pieces b = lower;
        a.load(su, ux, uy, us, mu, n);
        b.load(sl, lx, ly, ls, ml, n);
        int ja = a.first();
        int jb = b.first();
        int pos = 0;
        int scanAt = CHUNK;
        while (pos < n) {
            int endA = a.end[ja];
            int endB = b.end[jb];
            int end = Math.min(Math.min(endA, endB), pos + CHUNK);
            double xa = a.x[ja];
            double a0 = a.c0[ja];
            double a1 = a.c1[ja];
            double a2 = a.c2[ja];
            double a3 = a.c3[ja];
            double xb = b.x[jb];
            double b0 = b.c0[jb];
            double b1 = b.c1[jb];
            double b2 = b.c2[jb];
            double b3 = b.c3[jb];
            if (lanes) {
                LaneCubics.subtractMean(h, out, pos, end, xa, a0, a1, a2, a3, xb, b0, b1, b2, b3);
            } else {
                scalarSegment(h, out, pos, end, xa, a0, a1, a2, a3, xb, b0, b1, b2, b3);
            }
            if (scan != null && end >= scanAt) {
                scan.scanBelow(out, end);
                scanAt = end + CHUNK;
            }
            pos = end;
            ja += endA == end ? 1 : 0;
            jb += endB == end ? 1 : 0;
        }
    }

    /**
     * One segment of the walk on the scalar path. A method of its own so that {@link #fill} is not inlined
     * into the walk: C2 did so once the walk called the SIMD kernel and the extrema scan, and then did not
     * vectorize fill's loop (IMEMD on EmoDB 1.5 → 2.0–2.6 s without the Vector API).
     */
    private static void scalarSegment(double[] h, double[] out, int pos, int end, double xa, double a0, double a1,
                                      double a2, double a3, double xb, double b0, double b1, double b2, double b3) {
        if (end - pos > LONG_SEGMENT) {
            fill(h, out, pos, end, xa, a0, a1, a2, a3, xb, b0, b1, b2, b3);
            return;
        }
        int i = pos;
        do { // groups of a constant size: a loop exit to mispredict only every SHORT_SEGMENT samples
            for (int q = 0; q < SHORT_SEGMENT; q++) {
                double u = i + q - xa;
                double v = i + q - xb;
                out[i + q] = h[i + q] - 0.5 * ((a0 + u * (a1 + u * (a2 + u * a3))) + (b0 + v * (b1 + v * (b2 + v * b3))));
            }
            i += SHORT_SEGMENT;
        } while (i < end);
    }

    /**
     * A segment longer than {@link #LONG_SEGMENT}. Only long segments come here so that the loop's
     * trip-count profile stays long: C2 does not unroll (and so does not vectorize) a loop whose profile
     * says it runs a few times, and with short segments in the profile (dense knots, the first IMFs) the
     * sparse envelopes of the later IMFs took 3× longer to evaluate.
     */
    private static void fill(double[] h, double[] out, int from, int to, double xa, double a0, double a1, double a2, double a3,
                             double xb, double b0, double b1, double b2, double b3) {
        for (int i = from; i < to; i++) {
            double u = i - xa; // from the index, not a running sum, so that the loop vectorizes
            double v = i - xb;
            out[i] = h[i] - 0.5 * ((a0 + u * (a1 + u * (a2 + u * a3))) + (b0 + v * (b1 + v * (b2 + v * b3))));
        }
    }

    /**
     * Writes a spline p (system, knots (kx, ky), slopes ks, m knots) at every sample into {@code out}, or
     * with {@code other} (and h) h − 0.5·(other + p), scanning the finished part for extrema when given a
     * scan. The coefficients of each piece are computed as it is evaluated. Every piece first writes
     * {@link #SHORT_PIECE} values unconditionally (the next piece overwrites the surplus), so that
     * the varying lengths of short pieces do not mispredict a loop exit; the arrays have {@link #PADDING}
     * values of room for that.
     */
    private void evaluate(SplineSystem spline, double[] kx, double[] ky, double[] ks, int m, double[] h,
                          double[] other, double[] out, ExtremaScan scan) {
        double[] invH = spline.inverseSpacing();
        double[] delta = spline.secants();
        int j = 0;
        while (j < m - 2 && kx[j + 1] <= 0) { // pieces wholly before sample 0 (mirrored knots)
            j++;
        }
        int lo = 0;
        int scanAt = CHUNK;
        for (; lo < n; j++) {
            int hi = j == m - 2 ? n : Math.min(n, (int) kx[j + 1]);
            double s0 = ks[j];
            double s1 = ks[j + 1];
            double c2 = Pieces.quadratic(delta[j], s0, s1, invH[j]);
            double c3 = Pieces.cubic(delta[j], s0, s1, invH[j]);
            if (lanes) {
                LaneCubics.piece(h, other, out, lo, hi, SHORT_PIECE, kx[j], ky[j], s0, c2, c3);
            } else {
                scalarPiece(h, other, out, lo, Math.max(hi, lo + SHORT_PIECE), kx[j], ky[j], s0, c2, c3);
            }
            if (scan != null && hi >= scanAt) {
                scan.scanBelow(out, hi);
                scanAt = hi + CHUNK;
            }
            lo = hi;
        }
    }

    /** {@link LaneCubics#piece} one sample at a time, for samples from … to−1. */
    private static void scalarPiece(double[] h, double[] other, double[] out, int from, int to, double xj,
                                    double a0, double a1, double a2, double a3) {
        for (int i = from; i < to; i++) {
            double u = i - xj;
            double p = a0 + u * (a1 + u * (a2 + u * a3));
            out[i] = other == null ? p : h[i] - 0.5 * (other[i] + p);
        }
    }

    /** The pieces of one spline as polynomial coefficients in u = i − x_j, and the sample each ends before. */
    private static final class Pieces {
        final double[] x;
        final double[] c0;
        final double[] c1;
        final double[] c2;
        final double[] c3;
        final int[] end;
        private int count;

        Pieces(int knots) {
            x = new double[knots];
            c0 = new double[knots];
            c1 = new double[knots];
            c2 = new double[knots];
            c3 = new double[knots];
            end = new int[knots];
        }

        void load(SplineSystem spline, double[] kx, double[] ky, double[] ks, int m, int n) {
            double[] invH = spline.inverseSpacing();
            double[] delta = spline.secants();
            count = m - 1;
            for (int j = 0; j < count; j++) {
                double inv = invH[j];
                double d = delta[j];
                double s0 = ks[j];
                double s1 = ks[j + 1];
                x[j] = kx[j];
                c0[j] = ky[j];
                c1[j] = s0;
                c2[j] = quadratic(d, s0, s1, inv);
                c3[j] = cubic(d, s0, s1, inv);
                end[j] = Math.min(n, Math.max(0, (int) kx[j + 1]));
            }
            end[count - 1] = n; // the last piece extends to the end
        }

        /** The u² coefficient of a piece with secant d, end slopes s0 and s1 and 1/h = inv. */
        static double quadratic(double d, double s0, double s1, double inv) {
            return (3 * d - 2 * s0 - s1) * inv;
        }

        /** The u³ coefficient of that piece. */
        static double cubic(double d, double s0, double s1, double inv) {
            return (s0 + s1 - 2 * d) * inv * inv;
        }

        /** The first piece that covers a sample (mirrored knots can make empty pieces before sample 0). */
        int first() {
            int j = 0;
            while (end[j] == 0) {
                j++;
            }
            return j;
        }
    }
}
