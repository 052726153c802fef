package org.avrs.signal.emd;

/**
 * The knot-slope system of {@link CubicSpline} (see there for the equations) with reusable work arrays,
 * solved in O(m) by the Thomas algorithm. After solving, {@link #inverseSpacing()} holds 1/hᵢ and
 * {@link #secants()} δᵢ = (y_{i+1} − yᵢ)/hᵢ of the pieces, so that callers evaluate the pieces without
 * dividing again.
 *
 * <p>The forward elimination is a chain of dependent divisions, one per knot; {@link #solveBoth} runs
 * the chains of two independent systems (the upper and lower envelopes) in one loop so that the
 * processor overlaps them.
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
    private int m;
    private double hPrev;

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
            for (int i = 1; i < m - 1; i++) {
                eliminate(i);
            }
            finish(end, s);
        }
    }

    /** {@link #solve} for two independent systems, their eliminations interleaved. */
    static void solveBoth(SplineSystem a, double[] xa, double[] ya, int ma, double[] sa,
                          SplineSystem b, double[] xb, double[] yb, int mb, double[] sb,
                          EndCondition start, EndCondition end) {
        boolean doneA = a.begin(xa, ya, ma, start, end, sa);
        boolean doneB = b.begin(xb, yb, mb, start, end, sb);
        int lastA = doneA ? 0 : ma - 1;
        int lastB = doneB ? 0 : mb - 1;
        int both = Math.min(lastA, lastB);
        for (int i = 1; i < both; i++) {
            a.eliminate(i);
            b.eliminate(i);
        }
        for (int i = Math.max(1, both); i < lastA; i++) {
            a.eliminate(i);
        }
        for (int i = Math.max(1, both); i < lastB; i++) {
            b.eliminate(i);
        }
        if (!doneA) {
            a.finish(end, sa);
        }
        if (!doneB) {
            b.finish(end, sb);
        }
    }

    /**
     * Spacings, secants and row 0; solves the 2-knot line and the 3-knot not-a-knot parabola outright.
     *
     * @return true if s is already solved
     */
    private boolean begin(double[] x, double[] y, int m, EndCondition start, EndCondition end, double[] s) {
        this.x = x;
        this.m = m;
        for (int i = 0; i < m - 1; i++) {
            double inv = 1.0 / (x[i + 1] - x[i]);
            invH[i] = inv;
            delta[i] = (y[i + 1] - y[i]) * inv;
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
        hPrev = h0;
        return false;
    }

    /** Row i (1 … m−2): hᵢ·s_{i−1} + 2(h_{i−1} + hᵢ)·sᵢ + h_{i−1}·s_{i+1} = 3(hᵢδ_{i−1} + h_{i−1}δᵢ). */
    private void eliminate(int i) {
        double h = x[i + 1] - x[i];
        double inv = 1.0 / (2 * (hPrev + h) - h * cp[i - 1]); // the one division of the recurrence
        cp[i] = hPrev * inv;
        dp[i] = (3 * (h * delta[i - 1] + hPrev * delta[i]) - h * dp[i - 1]) * inv;
        hPrev = h;
    }

    /** Row m−1 and the back substitution. */
    private void finish(EndCondition end, double[] s) {
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
        for (int i = m - 2; i >= 0; i--) {
            s[i] = dp[i] - cp[i] * s[i + 1];
        }
        x = null;
    }
}
