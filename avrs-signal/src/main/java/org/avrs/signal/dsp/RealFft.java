package org.avrs.signal.dsp;

import org.avrs.signal.Checks;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A forward real FFT plan of one size on JTransforms, with the bin accessors for its packed output.
 * X[k] = Σⱼ x[j]·e^{−2πijk/n} (numpy.fft.rfft's sign and scale), bins k = 0…⌊n/2⌋.
 *
 * <p>Immutable and shareable between threads: the plan holds only precomputed tables; callers pass
 * their own work buffer.
 */
public final class RealFft {

    private final int n;
    private final DoubleFFT_1D plan;

    public RealFft(int n) {
        this.n = Checks.positive("FFT size", n);
        this.plan = new DoubleFFT_1D(n);
    }

    public int size() {
        return n;
    }

    /** The number of non-negative-frequency bins, ⌊n/2⌋ + 1. */
    public int bins() {
        return n / 2 + 1;
    }

    /** Transforms {@code buf[0..n)} in place into JTransforms' packed layout (read it with re/im). */
    public void forward(double[] buf) {
        plan.realForward(buf);
    }

    /** The inverse of {@link #forward}: a packed spectrum back to n real samples, scaled by 1/n, in place. */
    public void inverse(double[] packed) {
        plan.realInverse(packed, true);
    }

    /**
     * conj(A)·B bin by bin for two packed spectra of this (even) size, into {@code out} (packed; may be
     * {@code b}): its {@link #inverse} is the circular cross-correlation Σⱼ a[j]·b[j + τ].
     */
    public void conjugateProduct(double[] a, double[] b, double[] out) {
        if ((n & 1) == 1) {
            throw new UnsupportedOperationException("conjugateProduct needs an even FFT size, not " + n);
        }
        out[0] = a[0] * b[0];
        out[1] = a[1] * b[1];
        for (int j = 2; j < n; j += 2) {
            double ar = a[j];
            double ai = a[j + 1];
            double br = b[j];
            double bi = b[j + 1];
            out[j] = ar * br + ai * bi;
            out[j + 1] = ar * bi - ai * br;
        }
    }

    /** The real part of bin k of a packed spectrum of this size. */
    public double re(double[] packed, int k) {
        if (k == 0) {
            return packed[0];
        }
        if (2 * k == n) {
            return packed[1];
        }
        if ((n & 1) == 1 && k == (n - 1) / 2) {
            return packed[n - 1];
        }
        return packed[2 * k];
    }

    /** The imaginary part of bin k of a packed spectrum of this size. */
    public double im(double[] packed, int k) {
        if (k == 0 || 2 * k == n) {
            return 0.0;
        }
        if ((n & 1) == 1 && k == (n - 1) / 2) {
            return packed[1];
        }
        return packed[2 * k + 1];
    }

    /** Adds |X[k]|² of a packed spectrum to {@code acc[0..bins)} (Welch's segment average). */
    public void addPower(double[] packed, double[] acc) {
        if ((n & 1) == 1) {
            for (int k = 0; k < acc.length; k++) {
                double re = re(packed, k);
                double im = im(packed, k);
                acc[k] += re * re + im * im;
            }
            return;
        }
        int last = n / 2;
        acc[0] += packed[0] * packed[0];
        acc[last] += packed[1] * packed[1];
        for (int k = 1, j = 2; k < last; k++, j += 2) {
            acc[k] += packed[j] * packed[j] + packed[j + 1] * packed[j + 1];
        }
    }

    /**
     * |X[k]|^exponent for every bin of a packed spectrum, into {@code out[0..bins())}.
     *
     * @param exponent 2 for power, 1 for magnitude, any other positive value
     */
    public void power(double[] packed, double exponent, double[] out) {
        int bins = bins();
        if (exponent == 2.0 && (n & 1) == 0) { // the hot path: even size, power
            out[0] = packed[0] * packed[0];
            out[bins - 1] = packed[1] * packed[1];
            for (int k = 1, j = 2; k < bins - 1; k++, j += 2) {
                double re = packed[j];
                double im = packed[j + 1];
                out[k] = re * re + im * im;
            }
            return;
        }
        for (int k = 0; k < bins; k++) {
            double re = re(packed, k);
            double im = im(packed, k);
            double p = re * re + im * im;
            out[k] = exponent == 2.0 ? p : exponent == 1.0 ? Math.sqrt(p) : Math.pow(p, exponent / 2);
        }
    }
}
