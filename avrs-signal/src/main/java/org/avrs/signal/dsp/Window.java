package org.avrs.signal.dsp;

import org.avrs.signal.Checks;

/**
 * Window functions, with the values of {@code scipy.signal.get_window}.
 *
 * <p>The cosine windows are generalized cosine sums w[i] = Σₖ (−1)ᵏ aₖ cos(2πki/(M−1)), i = 0…M−1:
 * Hann a = (0.5, 0.5), Hamming (0.54, 0.46), Blackman (0.42, 0.5, 0.08), rectangular (1). A
 * <em>symmetric</em> window of length n uses M = n (filter design); a <em>periodic</em> one
 * ("DFT-even", {@code get_window(..., fftbins=True)}, the default for spectral analysis) uses M = n + 1
 * and drops the last value. Length 1 gives [1]; length 0 gives an empty window.
 */
public enum Window {
    RECTANGULAR(1.0),
    HANN(0.5, 0.5),
    HAMMING(0.54, 0.46),
    BLACKMAN(0.42, 0.5, 0.08);

    private final double[] coefficients;

    Window(double... coefficients) {
        this.coefficients = coefficients;
    }

    /** The periodic (DFT-even) window of length n, as for spectral analysis. */
    public double[] periodic(int n) {
        return get(n, true);
    }

    /** The symmetric window of length n, as for FIR filter design. */
    public double[] symmetric(int n) {
        return get(n, false);
    }

    /** The window of length n, periodic or symmetric. */
    public double[] get(int n, boolean periodic) {
        Checks.nonNegative("window length", n);
        if (n <= 1) {
            return n == 1 ? new double[] {1.0} : new double[0];
        }
        int m = periodic ? n + 1 : n;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double sign = 1;
            for (int k = 0; k < coefficients.length; k++) {
                sum += sign * coefficients[k] * Math.cos(2 * Math.PI * k * i / (m - 1));
                sign = -sign;
            }
            w[i] = sum;
        }
        return w;
    }

    /**
     * The Kaiser window w[i] = I₀(β √(1 − (2i/(M−1) − 1)²)) / I₀(β), as {@code
     * scipy.signal.windows.kaiser} (periodic: M = n + 1, last value dropped).
     *
     * @param beta shape, ≥ 0 (0 is rectangular; 5 is resample_poly's default, 8.6 ≈ Blackman)
     */
    public static double[] kaiser(int n, double beta, boolean periodic) {
        Checks.nonNegative("window length", n);
        Checks.nonNegative("Kaiser beta", beta);
        if (n <= 1) {
            return n == 1 ? new double[] {1.0} : new double[0];
        }
        int m = periodic ? n + 1 : n;
        double alpha = (m - 1) / 2.0;
        double norm = besselI0(beta);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double r = (i - alpha) / alpha;
            w[i] = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / norm;
        }
        return w;
    }

    /**
     * The modified Bessel function of the first kind, order 0: Σₖ ((x/2)ᵏ / k!)², summed until the
     * terms no longer change the sum (all terms are positive, so the series is accurate to rounding).
     */
    static double besselI0(double x) {
        double q = x * x / 4;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 500; k++) {
            term *= q / ((double) k * k);
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return sum;
    }
}
