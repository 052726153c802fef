package org.avrs.signal.dsp;

import org.avrs.signal.Checks;

/**
 * The orthonormal DCT-II (scipy.fft.dct(type=2, norm="ortho")), first {@code nOut} coefficients:
 * y[k] = s(k) Σᵢ x[i] cos(πk(2i+1) / (2n)), s(0) = √(1/n), s(k) = √(2/n). Precomputed as an
 * nOut × n matrix; immutable.
 */
public final class Dct2 {

    private final int n;
    private final double[][] basis;

    /**
     * @param n input length
     * @param nOut coefficients kept, 1…n
     */
    public Dct2(int n, int nOut) {
        this.n = Checks.positive("DCT input length", n);
        Checks.positive("DCT output length", nOut);
        if (nOut > n) {
            throw new IllegalArgumentException("DCT output length " + nOut + " exceeds its input length " + n);
        }
        basis = new double[nOut][n];
        for (int k = 0; k < nOut; k++) {
            double s = Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
            for (int i = 0; i < n; i++) {
                basis[k][i] = s * Math.cos(Math.PI * k * (2 * i + 1) / (2.0 * n));
            }
        }
    }

    public int inputLength() {
        return n;
    }

    public int outputLength() {
        return basis.length;
    }

    /** The nOut × n matrix of the transform (a copy): y[k] = Σᵢ basis[k][i]·x[i]. */
    public double[][] basis() {
        double[][] copy = new double[basis.length][];
        for (int k = 0; k < basis.length; k++) {
            copy[k] = basis[k].clone();
        }
        return copy;
    }

    /** y = DCT(x), into {@code out[0..nOut)}. */
    public void apply(double[] x, double[] out) {
        for (int k = 0; k < basis.length; k++) {
            double[] b = basis[k];
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += b[i] * x[i];
            }
            out[k] = s;
        }
    }

    /** y = DCT(x) as a new array. */
    public double[] apply(double[] x) {
        if (x.length != n) {
            throw new IllegalArgumentException("DCT of length " + n + " given " + x.length + " values");
        }
        double[] out = new double[basis.length];
        apply(x, out);
        return out;
    }
}
