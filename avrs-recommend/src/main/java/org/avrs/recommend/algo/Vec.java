package org.avrs.recommend.algo;

/**
 * Small dense kernels on row-major factor arrays. The dot product keeps four partial sums so that
 * consecutive floating-point additions do not wait on each other (the JIT does not reorder a
 * floating-point reduction by itself); results therefore differ from a left-to-right sum in the last bits.
 */
final class Vec {

    private Vec() {
    }

    /** Σ_c a[ao + c] · b[bo + c] for c &lt; n. */
    static double dot(double[] a, int ao, double[] b, int bo, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int c = 0;
        for (; c + 3 < n; c += 4) {
            s0 += a[ao + c] * b[bo + c];
            s1 += a[ao + c + 1] * b[bo + c + 1];
            s2 += a[ao + c + 2] * b[bo + c + 2];
            s3 += a[ao + c + 3] * b[bo + c + 3];
        }
        for (; c < n; c++) {
            s0 += a[ao + c] * b[bo + c];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** y[yo + c] += s · x[xo + c] for c &lt; n. */
    static void axpy(double s, double[] x, int xo, double[] y, int yo, int n) {
        for (int c = 0; c < n; c++) {
            y[yo + c] += s * x[xo + c];
        }
    }
}
