package org.avrs.signal.dsp;

import org.avrs.signal.Checks;

/**
 * Power spectra |X[k]|², k = 0…n/2, of up to {@link #LANES} real frames of one power-of-two length n at
 * once, X[k] = Σⱼ x[j]·e^{−2πijk/n} (numpy.fft.rfft's sign; {@link RealFft} gives the same to rounding).
 *
 * <p>Method: the n real samples of a frame are read as m = n/2 complex values z[j] = x[2j] + i·x[2j+1];
 * Z = DFT_m(z) by a radix-2 decimation-in-time Stockham FFT (stage n' = 2, 4, …, m: Y[q + s·k] and
 * Y[q + s·k + m/2] = D₀ ± w^k·D₁ with D_r = Y'[q + s(2k + r)], s = m/n', w = e^{−2πi/n'}; no bit
 * reversal); then the even/odd split X[k] = E[k] + e^{−2πik/n}·O[k], E[k] = (Z[k] + conj Z[m−k])/2,
 * O[k] = (Z[k] − conj Z[m−k])/(2i) (Z[m] = Z[0]). See e.g. Brigham, The Fast Fourier Transform and its
 * Applications (1988), §10.
 *
 * <p>Layout: value v of frame ("lane") b is element [v][b] of one small array per value, so every
 * butterfly is one loop over the lanes with the same index for all its arrays, which the JIT compiles to
 * SIMD instructions (the frames of a spectrogram are independent). This is why the class exists: one
 * 512-point frame costs about half of what a scalar real FFT (JTransforms) does.
 *
 * <p>The plan is immutable and shareable; each thread uses its own {@link Workspace}.
 */
public final class BatchPowerSpectrum {

    /** Frames per batch. A constant, so that the JIT knows the trip count of the lane loops. */
    public static final int LANES = 32;

    private final int n;
    private final int m;
    private final double[][] twRe; // stage st (transform length 2^(st+1)): w^k, k < 2^st
    private final double[][] twIm;
    private final double[] postCos; // ½·cos(2πk/n)
    private final double[] postSin; // ½·sin(2πk/n)

    /**
     * @param n frame length, a power of two ≥ 8
     * @throws IllegalArgumentException otherwise
     */
    public BatchPowerSpectrum(int n) {
        if (!supports(n)) {
            throw new IllegalArgumentException("batch power spectrum length " + n + " must be a power of two >= 8");
        }
        this.n = n;
        this.m = n / 2;
        int stages = Integer.numberOfTrailingZeros(m);
        twRe = new double[stages][];
        twIm = new double[stages][];
        for (int st = 0; st < stages; st++) {
            int half = 1 << st;
            twRe[st] = new double[half];
            twIm[st] = new double[half];
            for (int k = 0; k < half; k++) {
                double a = -Math.PI * k / half;
                twRe[st][k] = Math.cos(a);
                twIm[st][k] = Math.sin(a);
            }
        }
        postCos = new double[m];
        postSin = new double[m];
        for (int k = 0; k < m; k++) {
            postCos[k] = 0.5 * Math.cos(2 * Math.PI * k / n);
            postSin[k] = 0.5 * Math.sin(2 * Math.PI * k / n);
        }
    }

    /** Whether n is a frame length this class handles: a power of two ≥ 8. */
    public static boolean supports(int n) {
        return n >= 8 && Integer.bitCount(n) == 1;
    }

    public int size() {
        return n;
    }

    /** Bins per spectrum, n/2 + 1. */
    public int bins() {
        return m + 1;
    }

    /** A new work space for this size (about 40·n·LANES bytes). */
    public Workspace workspace() {
        return new Workspace(n);
    }

    /**
     * Work space and result of one batch: write the frames into {@link #frame}, run {@link #compute}, read
     * {@link #power}. Not thread-safe.
     */
    public static final class Workspace {
        private final int n;
        private final double[][] frames;
        private double[][] re;
        private double[][] im;
        private double[][] re2;
        private double[][] im2;
        private final double[][] power;

        private Workspace(int n) {
            this.n = n;
            frames = new double[LANES][n];
            re = new double[n / 2][LANES];
            im = new double[n / 2][LANES];
            re2 = new double[n / 2][LANES];
            im2 = new double[n / 2][LANES];
            power = new double[n / 2 + 1][LANES];
        }

        /** The n samples of lane b, to be filled by the caller before {@link #compute}. */
        public double[] frame(int b) {
            return frames[b];
        }

        /**
         * The result of {@link #compute}: |X[k]|² of lane b is {@code power()[k][b]}, k = 0…n/2. The arrays
         * are this work space's own (a view, overwritten by the next batch), so callers may also transform
         * them in place.
         */
        public double[][] power() {
            return power;
        }
    }

    /**
     * Computes the power spectra of the frames in lanes 0 … count − 1 of {@code ws} into
     * {@link Workspace#power()}; lanes ≥ count are computed as zeros.
     */
    public void compute(Workspace ws, int count) {
        if (ws.n != n) {
            throw new IllegalArgumentException("work space of size " + ws.n + " given to a plan of size " + n);
        }
        if (count < 0 || count > LANES) {
            throw new IllegalArgumentException("batch of " + count + " frames; 0.." + LANES + " allowed");
        }
        // Stage 1 (length-2 transforms, stride m/2, twiddle 1) fused with the packing z[j] = x[2j] + i·x[2j+1]
        // and the transposition into lanes; one pass over the frames.
        int half = m / 2;
        for (int q = 0; q < half; q++) {
            double[] yr = ws.re[q];
            double[] yi = ws.im[q];
            double[] zr = ws.re[q + half];
            double[] zi = ws.im[q + half];
            int a = 2 * q;
            int c = 2 * q + m;
            for (int b = 0; b < count; b++) {
                double[] x = ws.frames[b];
                yr[b] = x[a] + x[c];
                yi[b] = x[a + 1] + x[c + 1];
                zr[b] = x[a] - x[c];
                zi[b] = x[a + 1] - x[c + 1];
            }
            for (int b = count; b < LANES; b++) {
                yr[b] = 0.0;
                yi[b] = 0.0;
                zr[b] = 0.0;
                zi[b] = 0.0;
            }
        }
        for (int st = 1; st < twRe.length; st++) {
            int twiddles = 1 << st; // k = 0 … twiddles − 1, each with s = m / (2·twiddles) values q
            int s = half / twiddles;
            double[] wr = twRe[st];
            double[] wi = twIm[st];
            for (int k = 0; k < twiddles; k++) {
                for (int q = 0; q < s; q++) {
                    int a = q + 2 * s * k;
                    int out = q + s * k;
                    butterfly(ws.re[a], ws.im[a], ws.re[a + s], ws.im[a + s], wr[k], wi[k], ws.re2[out], ws.im2[out],
                            ws.re2[out + half], ws.im2[out + half]);
                }
            }
            swap(ws);
        }
        double[][] zr = ws.re;
        double[][] zi = ws.im;
        double[] p0 = ws.power[0];
        double[] pm = ws.power[m];
        double[] r0 = zr[0];
        double[] i0 = zi[0];
        for (int b = 0; b < LANES; b++) { // X[0] = Re Z[0] + Im Z[0], X[m] = Re Z[0] − Im Z[0]
            double sum = r0[b] + i0[b];
            double diff = r0[b] - i0[b];
            p0[b] = sum * sum;
            pm[b] = diff * diff;
        }
        for (int k = 1; k < m; k++) {
            splitPower(zr[k], zi[k], zr[m - k], zi[m - k], postCos[k], postSin[k], ws.power[k]);
        }
    }

    private static void swap(Workspace ws) {
        double[][] t = ws.re;
        ws.re = ws.re2;
        ws.re2 = t;
        t = ws.im;
        ws.im = ws.im2;
        ws.im2 = t;
    }

    /** y = a + w·b, z = a − w·b, lane by lane. */
    private static void butterfly(double[] ar, double[] ai, double[] br, double[] bi, double wr, double wi,
                                  double[] yr, double[] yi, double[] zr, double[] zi) {
        for (int j = 0; j < LANES; j++) {
            double xr = ar[j];
            double xi = ai[j];
            double ur = br[j];
            double ui = bi[j];
            double vr = ur * wr - ui * wi;
            double vi = ur * wi + ui * wr;
            yr[j] = xr + vr;
            yi[j] = xi + vi;
            zr[j] = xr - vr;
            zi[j] = xi - vi;
        }
    }

    /**
     * |X[k]|² lane by lane from A = Z[k] and B = Z[m−k]: with C = conj B, X = (A + C)/2 + e^{−2πik/n}·(A − C)/(2i);
     * c = ½cos(2πk/n), s = ½sin(2πk/n).
     */
    private static void splitPower(double[] ar, double[] ai, double[] br, double[] bi, double c, double s,
                                   double[] out) {
        for (int j = 0; j < LANES; j++) {
            double sr = ar[j] + br[j]; // A + C
            double si = ai[j] - bi[j];
            double dr = ar[j] - br[j]; // A − C
            double di = ai[j] + bi[j];
            // (A − C)/(2i)·e^{−iθ} = ½(di − i·dr)(cos θ − i sin θ)
            double xr = 0.5 * sr + c * di - s * dr;
            double xi = 0.5 * si - c * dr - s * di;
            out[j] = xr * xr + xi * xi;
        }
    }
}
