package org.avrs.signal.emd;

/**
 * Evaluates an envelope spline just solved by a {@link SplineSystem} at the samples 0 … n−1, block by
 * block in increasing order, so that the sifting combines both envelopes while their values are still
 * in the first-level cache instead of writing and re-reading two signal-long arrays.
 *
 * <p>Piece j of the spline (knots x, values y, slopes s) covers the samples in [x_j, x_{j+1}) (knots are
 * whole sample positions); the first and last pieces extend to the ends. On piece j, with u = i − x_j,
 * the value is y_j + s_j·u + a₂u² + a₃u³, a₂ = (3δ_j − 2s_j − s_{j+1})/h_j, a₃ = (s_j + s_{j+1} − 2δ_j)/h_j²
 * ({@link CubicSpline}), evaluated by Horner's rule with fused multiply-adds.
 *
 * <p>Dense knots make short pieces whose varying lengths would mispredict a loop exit, so every piece
 * first writes {@link #SHORT_PIECE} values unconditionally (the next piece overwrites the surplus; the
 * block buffer has room for it) and loops only over the rest of a longer piece.
 *
 * <p>Mutable and not thread-safe; one per envelope of a {@link Sifter}.
 */
final class EnvelopeCursor {

    /** Pieces up to this many samples are evaluated without a data-dependent loop exit. */
    static final int SHORT_PIECE = 4;

    private final int n;
    private SplineSystem spline;
    private double[] x;
    private double[] y;
    private double[] s;
    private int m;
    private int piece; // the current piece j
    private int next; // the next sample to evaluate

    EnvelopeCursor(int n) {
        this.n = n;
    }

    /** Starts at sample 0 on the spline just solved by {@code spline} with m knots (x, y) and slopes s. */
    void start(SplineSystem spline, double[] x, double[] y, double[] s, int m) {
        this.spline = spline;
        this.x = x;
        this.y = y;
        this.s = s;
        this.m = m;
        this.piece = 0;
        this.next = 0;
    }

    /**
     * Writes the values at the samples from the current one up to {@code end} (exclusive, ≤ n) into
     * {@code out[i − offset]}; {@code out} needs {@link #SHORT_PIECE} values of room past end − offset.
     */
    void evaluate(int end, double[] out, int offset) {
        double[] invH = spline.inverseSpacing();
        double[] delta = spline.secants();
        int lo = next;
        int j = piece;
        while (lo < end) {
            int pieceEnd = j == m - 2 ? n : Math.min(n, Math.max(lo, (int) x[j + 1]));
            int hi = Math.min(pieceEnd, end);
            double inv = invH[j];
            double d = delta[j];
            double a0 = y[j];
            double a1 = s[j];
            double a2 = (3 * d - 2 * a1 - s[j + 1]) * inv;
            double a3 = (a1 + s[j + 1] - 2 * d) * inv * inv;
            double xj = x[j];
            int base = lo - offset;
            double u0 = lo - xj;
            for (int q = 0; q < SHORT_PIECE; q++) { // a constant trip count: no exit to mispredict
                double u = u0 + q;
                out[base + q] = Math.fma(u, Math.fma(u, Math.fma(u, a3, a2), a1), a0);
            }
            for (int i = lo + SHORT_PIECE; i < hi; i++) {
                double u = i - xj; // from the index, not a running sum, so that the loop vectorizes
                out[i - offset] = Math.fma(u, Math.fma(u, Math.fma(u, a3, a2), a1), a0);
            }
            lo = hi;
            if (hi == pieceEnd) {
                j++;
            }
        }
        next = lo;
        piece = j;
    }
}
