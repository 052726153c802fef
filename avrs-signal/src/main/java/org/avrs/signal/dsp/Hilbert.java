package org.avrs.signal.dsp;

import org.avrs.signal.Checks;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The analytic signal z = x + i·H{x} by the FFT, as {@code scipy.signal.hilbert(x)} (N = len(x)):
 * Z = FFT(x)·u with u[0] = 1, u[k] = 2 for 0 &lt; k &lt; N/2, u[N/2] = 1 for even N, 0 for the negative
 * frequencies; z = IFFT(Z). Marple, S. L. (1999), doi:10.1109/78.782222.
 *
 * <p>An instance keeps the FFT plan of one length: making it costs about as much as the transforms
 * themselves (1.6 ms against 1.3 ms at 48,000 samples), so callers that transform many signals of one
 * length (the IMFs of a decomposition) make one. Use an instance from one thread at a time (JTransforms
 * does not document its plans as safe to share).
 */
public final class Hilbert {

    private final int n;
    private final DoubleFFT_1D fft;

    /** For signals of n ≥ 1 samples. */
    public Hilbert(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the Hilbert transform needs at least one sample; got " + n);
        }
        this.n = n;
        this.fft = new DoubleFFT_1D(n);
    }

    /** The analytic signal of x (length ≥ 1). */
    public static AnalyticSignal analytic(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("the Hilbert transform needs at least one sample");
        }
        return new Hilbert(x.length).of(x);
    }

    /** The analytic signal of x, which must have this instance's length. */
    public AnalyticSignal of(double[] x) {
        Checks.finite("x", x);
        if (x.length != n) {
            throw new IllegalArgumentException("x has " + x.length + " samples; this transform is for " + n);
        }
        double[] z = new double[2 * n];
        System.arraycopy(x, 0, z, 0, n);
        fft.realForwardFull(z); // interleaved re, im of all n bins
        int half = (n + 1) / 2; // bins 1 … half−1 are the strictly positive frequencies
        for (int k = 1; k < half; k++) {
            z[2 * k] *= 2;
            z[2 * k + 1] *= 2;
        }
        for (int k = n / 2 + 1; k < n; k++) {
            z[2 * k] = 0;
            z[2 * k + 1] = 0;
        }
        fft.complexInverse(z, true);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = z[2 * i];
            im[i] = z[2 * i + 1];
        }
        return new AnalyticSignal(re, im);
    }
}
