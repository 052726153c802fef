package org.avrs.signal.emd;

/**
 * The knot-slope system of {@link CubicSpline} (see there for the equations) with reusable work arrays,
 * solved in O(m) by the Thomas algorithm. After solving, {@link #inverseSpacing()} holds 1/hᵢ and
 * {@link #secants()} δᵢ = (y_{i+1} − yᵢ)/hᵢ of the pieces, so that callers evaluate the pieces without
 * dividing again.
 *
 * <p>The forward elimination is a chain of dependent divisions, one per knot, and the back substitution
 * a chain of multiply-subtracts; {@link #solveBoth} runs the chains of two independent systems (the
 * upper and lower envelopes) in one loop so that the processor overlaps them.
 *
 * <p>Mutable and not thread-safe.
 */
final class SplineSystem {

    private final double[] invH;
    private final double[] delta;
    private final double[] cp;
    private final double[] dp;
    // the system being solved
    private double[] x;
    private double[] y;
    private int m;

    /** Work space for up to {@code capacity} knots. */
    SplineSystem(int capacity) {
        invH = new double[capacity];
        delta = new double[capacity];
        cp = new double[capacity];
        dp = new double[capacity];
    }

    double[] inverseSpacing() {
        return invH;
    }

    double[] secants() {
        return delta;
    }

    /**
     * Solves the slopes of the spline through the first m knots (x, y) into s. No checks: m ≥ 2 and the
     * knots strictly increasing.
     */
    void solve(double[] x, double[] y, int m, EndCondition start, EndCondition end, double[] s) {
        if (!begin(x, y, m, start, end, s)) {
            rest(end, s);
        }
    }

    /** After {@link #begin} (when it did not solve s outright): the elimination and back substitution. */
    private void rest(EndCondition end, double[] s) {
        eliminate(1, m - 1);
        lastRow(end, s);
        substitute(s, m - 2);
    }

    /**
     * {@link #solve} for two independent systems, their eliminations and back substitutions interleaved
     * (the recurrences carried in registers, not re-read from the arrays they are stored to).
     */
    static void solveBoth(SplineSystem a, double[] xa, double[] ya, int ma, double[] sa,
                          SplineSystem b, double[] xb, double[] yb, int mb, double[] sb,
                          EndCondition start, EndCondition end) {
        boolean doneA = a.begin(xa, ya, ma, start, end, sa);
        boolean doneB = b.begin(xb, yb, mb, start, end, sb);
        if (doneA || doneB) {
            if (!doneA) {
                a.rest(end, sa);
            }
            if (!doneB) {
                b.rest(end, sb);
            }
            return;
        }
        // rows 1 … min(ma, mb) − 2 of both, then the rest of the longer system alone
        int both = Math.min(ma, mb) - 1;
        double[] cpA = a.cp;
        double[] dpA = a.dp;
        double[] cpB = b.cp;
        double[] dpB = b.dp;
        double hPrevA = xa[1] - xa[0];
        double cpPrevA = cpA[0];
        double dpPrevA = dpA[0];
        double hPrevB = xb[1] - xb[0];
        double cpPrevB = cpB[0];
        double dpPrevB = dpB[0];
        for (int i = 1; i < both; i++) {
            double hA = a.secant(xa, ya, i);
            double invA = pivot(hPrevA, hA, cpPrevA);
            double hB = b.secant(xb, yb, i);
            double invB = pivot(hPrevB, hB, cpPrevB);
            dpPrevA = a.row(i, hPrevA, hA, invA, dpPrevA);
            cpPrevA = hPrevA * invA;
            hPrevA = hA;
            dpPrevB = b.row(i, hPrevB, hB, invB, dpPrevB);
            cpPrevB = hPrevB * invB;
            hPrevB = hB;
        }
        a.eliminate(Math.max(1, both), ma - 1);
        b.eliminate(Math.max(1, both), mb - 1);
        a.lastRow(end, sa);
        b.lastRow(end, sb);
        // s_i = dp_i − cp_i·s_{i+1} down to row 0: the top rows of the longer system alone, then both
        int topA = ma - 2;
        int topB = mb - 2;
        a.substituteDownTo(sa, topA, topB);
        b.substituteDownTo(sb, topB, topA);
        int top = Math.min(topA, topB);
        double nextA = sa[top + 1];
        double nextB = sb[top + 1];
        for (int i = top; i >= 0; i--) {
            nextA = dpA[i] - cpA[i] * nextA;
            sa[i] = nextA;
            nextB = dpB[i] - cpB[i] * nextB;
            sb[i] = nextB;
        }
        a.x = null;
        a.y = null;
        b.x = null;
        b.y = null;
    }

    /**
     * The first secants and row 0; solves the 2-knot line and the 3-knot not-a-knot parabola outright.
     *
     * @return true if s is already solved
     */
    private boolean begin(double[] x, double[] y, int m, EndCondition start, EndCondition end, double[] s) {
        this.x = x;
        this.y = y;
        this.m = m;
        secant(x, y, 0);
        if (m > 2) {
            secant(x, y, 1); // the rest as the elimination reaches them
        }
        if (m == 2) {
            s[0] = delta[0];
            s[1] = delta[0];
            return true;
        }
        double h0 = x[1] - x[0];
        double h1 = x[2] - x[1];
        if (m == 3 && start == EndCondition.NOT_A_KNOT && end == EndCondition.NOT_A_KNOT) {
            double c = (delta[1] - delta[0]) / (x[2] - x[0]); // the parabola through the three knots
            s[0] = delta[0] - c * h0;
            s[1] = delta[0] + c * h0;
            s[2] = delta[0] + c * (h0 + 2 * h1);
            return true;
        }
        // row 0: b·s₀ + c·s₁ = r
        double b;
        double c;
        double r;
        if (start == EndCondition.NATURAL) {
            b = 2;
            c = 1;
            r = 3 * delta[0];
        } else {
            double w = h0 + h1;
            b = h1;
            c = w;
            r = ((h0 + 2 * w) * h1 * delta[0] + h0 * h0 * delta[1]) / w;
        }
        cp[0] = c / b;
        dp[0] = r / b;
        return false;
    }

    /**
     * Rows from … to−1 of the forward elimination. Row i (1 … m−2): hᵢ·s_{i−1} + 2(h_{i−1} + hᵢ)·sᵢ +
     * h_{i−1}·s_{i+1} = 3(hᵢδ_{i−1} + h_{i−1}δᵢ); row i − 1 is eliminated.
     */
    private void eliminate(int from, int to) {
        if (from >= to) {
            return;
        }
        double hPrev = x[from] - x[from - 1];
        double cpPrev = cp[from - 1];
        double dpPrev = dp[from - 1];
        for (int i = from; i < to; i++) {
            double h = secant(x, y, i);
            double inv = pivot(hPrev, h, cpPrev);
            dpPrev = row(i, hPrev, h, inv, dpPrev);
            cpPrev = hPrev * inv;
            hPrev = h;
        }
    }

    /**
     * Stores 1/hᵢ and the secant δᵢ of piece i and returns hᵢ = x_{i+1} − xᵢ. Row i needs δᵢ, so the
     * elimination computes each as it goes, and its divisions overlap the recurrence's.
     */
    private double secant(double[] x, double[] y, int i) {
        double h = x[i + 1] - x[i];
        double inv = 1.0 / h;
        invH[i] = inv;
        delta[i] = (y[i + 1] - y[i]) * inv;
        return h;
    }

    /** 1 / the pivot of row i: the one division of the recurrence, and its latency. */
    private static double pivot(double hPrev, double h, double cpPrev) {
        return 1.0 / (2 * (hPrev + h) - h * cpPrev);
    }

    /**
     * Stores cpᵢ and dpᵢ of row i (inv = 1/pivot, dpPrev = dp_{i−1}) and returns dpᵢ; the caller carries
     * cpᵢ = h_{i−1}·inv itself.
     */
    private double row(int i, double hPrev, double h, double inv, double dpPrev) {
        cp[i] = hPrev * inv;
        double d = (3 * (h * delta[i - 1] + hPrev * delta[i]) - h * dpPrev) * inv;
        dp[i] = d;
        return d;
    }

    /** Row m−1 and with it s_{m−1}. */
    private void lastRow(EndCondition end, double[] s) {
        double a;
        double b;
        double r;
        if (end == EndCondition.NATURAL) {
            a = 1;
            b = 2;
            r = 3 * delta[m - 2];
        } else {
            double hLast = x[m - 1] - x[m - 2];
            double h2 = x[m - 2] - x[m - 3];
            double w = h2 + hLast;
            a = w;
            b = h2;
            r = (hLast * hLast * delta[m - 3] + (2 * w + hLast) * h2 * delta[m - 2]) / w;
        }
        s[m - 1] = (r - a * dp[m - 2]) / (b - a * cp[m - 2]);
    }

    /** The back substitution sᵢ = dpᵢ − cpᵢ·s_{i+1} for i = top … 0. */
    private void substitute(double[] s, int top) {
        substituteDownTo(s, top, -1);
        x = null;
        y = null;
    }

    /** The back substitution for rows top down to (not including) stop. */
    private void substituteDownTo(double[] s, int top, int stop) {
        double next = s[top + 1];
        for (int i = top; i > stop; i--) {
            next = dp[i] - cp[i] * next;
            s[i] = next;
        }
    }
}
