package org.avrs.signal.emd;

import java.util.Objects;

/**
 * The interpolating cubic spline through knots (x₀ &lt; x₁ &lt; … &lt; x_{m−1}, y), with the values of
 * {@code scipy.interpolate.CubicSpline(x, y, bc_type=…)} (extrapolate=True).
 *
 * <p>Math. On piece i, t = x − xᵢ ∈ [0, hᵢ), hᵢ = x_{i+1} − xᵢ, δᵢ = (y_{i+1} − yᵢ)/hᵢ:
 * p(t) = yᵢ + sᵢt + ((3δᵢ − 2sᵢ − s_{i+1})/hᵢ)t² + ((sᵢ + s_{i+1} − 2δᵢ)/hᵢ²)t³, with knot slopes s
 * from the tridiagonal system hᵢ·s_{i−1} + 2(h_{i−1} + hᵢ)·sᵢ + h_{i−1}·s_{i+1} = 3(hᵢδ_{i−1} +
 * h_{i−1}δᵢ) (continuous second derivative at interior knots) closed by the end rows
 * <ul>
 *   <li>natural: 2s₀ + s₁ = 3δ₀ (and s_{m−2} + 2s_{m−1} = 3δ_{m−2});</li>
 *   <li>not-a-knot: h₁s₀ + (h₀ + h₁)s₁ = ((h₀ + 2(h₀ + h₁))h₁δ₀ + h₀²δ₁)/(h₀ + h₁) (mirrored at the
 *       right end), de Boor's form of "the third derivative is continuous at x₁".</li>
 * </ul>
 * The system is solved by the Thomas algorithm (Gaussian elimination without pivoting, O(m)), stable
 * here as in de Boor's CUBSPL. Special cases follow SciPy: two knots give the straight line (for
 * either condition); three knots with not-a-knot at both ends give the parabola through them. Outside
 * [x₀, x_{m−1}] the end pieces are extended. Reference: de Boor, C. (1978), <i>A Practical Guide to
 * Splines</i>, Springer, doi:10.1007/978-1-4612-6333-3.
 *
 * <p>Immutable and thread-safe. The EMD sifting solves the same system into reused arrays through
 * {@link SplineSystem} instead of building instances.
 */
public final class CubicSpline {

    private final double[] x;
    private final double[] y;
    private final double[] s;

    private CubicSpline(double[] x, double[] y, double[] s) {
        this.x = x;
        this.y = y;
        this.s = s;
    }

    /** The spline with the same end condition at both ends. */
    public static CubicSpline interpolate(double[] x, double[] y, EndCondition ends) {
        return interpolate(x, y, ends, ends);
    }

    /**
     * The spline through (x, y) (copied).
     *
     * @param x at least 2 finite, strictly increasing knots
     * @param y as many finite values
     * @throws IllegalArgumentException naming the offending index otherwise
     */
    public static CubicSpline interpolate(double[] x, double[] y, EndCondition start, EndCondition end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("x and y must be non-null and equally long");
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a cubic spline needs at least 2 knots; got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("knot " + i + " (" + x[i] + ", " + y[i] + ") is not finite");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("knots must increase strictly: x[" + i + "] = " + x[i]
                        + " after x[" + (i - 1) + "] = " + x[i - 1]);
            }
        }
        int m = x.length;
        double[] s = new double[m];
        new SplineSystem(m).solve(x, y, m, start, end, s);
        return new CubicSpline(x.clone(), y.clone(), s);
    }

    public int knotCount() {
        return x.length;
    }

    /** The knot slopes sᵢ = p'(xᵢ) (a copy). */
    public double[] slopes() {
        return s.clone();
    }

    /** p(t); the end pieces extend beyond the knots. */
    public double value(double t) {
        int m = x.length;
        // the piece i with x[i] <= t < x[i+1], clamped to 0 … m−2
        int lo = 0;
        int hi = m - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return piece(x, y, s, lo, t - x[lo]);
    }

    /** p at each point of t. */
    public double[] values(double[] t) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = value(t[i]);
        }
        return out;
    }

    /** The value of piece i at offset t from its left knot. */
    static double piece(double[] x, double[] y, double[] s, int i, double t) {
        double h = x[i + 1] - x[i];
        double d = (y[i + 1] - y[i]) / h;
        double c2 = (3 * d - 2 * s[i] - s[i + 1]) / h;
        double c3 = (s[i] + s[i + 1] - 2 * d) / (h * h);
        return y[i] + t * (s[i] + t * (c2 + t * c3));
    }

}
