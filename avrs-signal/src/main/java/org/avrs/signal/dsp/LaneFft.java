package org.avrs.signal.dsp;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Forward complex FFTs of one power-of-two size n on {@link #lanes()} signals at once, one signal per
 * SIMD lane (Vector API): value j of signal l is at index {@code j·lanes + l} of separate real and
 * imaginary arrays. Every butterfly then works on whole vectors with no shuffles, which is why a batch
 * of STFT frames transforms about twice as fast as one JTransforms call per frame. Stockham
 * autosort, radix 4 (one radix-2 stage when log₂ n is odd), decimation in frequency; X[k] = Σⱼ x[j]·e^{−2πijk/n}.
 *
 * <p>Only use after {@link VectorLanes#available()}. Immutable and shareable: the plan holds twiddle
 * tables; callers pass their own arrays.
 */
public final class LaneFft {

    /** The vector shape of every SIMD kernel of avrs-signal: the CPU's preferred number of double lanes. */
    public static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private final int n;
    private final Stage[] stages;

    /** One pass: sub-transforms of length {@code span} at stride {@code stride}, radix 2 or 4. */
    private record Stage(int radix, int span, int stride, double[] twiddles) {
    }

    /** @param n transform size, a power of two ≥ 2 */
    public LaneFft(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("LaneFft size must be a power of two >= 2, not " + n);
        }
        this.n = n;
        int log2 = Integer.numberOfTrailingZeros(n);
        stages = new Stage[(log2 + 1) / 2];
        int span = n;
        int stride = 1;
        for (int s = 0; s < stages.length; s++) {
            int radix = span % 4 == 0 ? 4 : 2;
            stages[s] = new Stage(radix, span, stride, twiddles(span, radix));
            span /= radix;
            stride *= radix;
        }
    }

    /** Signals per transform call: the CPU's preferred number of double lanes. */
    public static int lanes() {
        return SPECIES.length();
    }

    public int size() {
        return n;
    }

    /**
     * Transforms {@code lanes()} signals in place: {@code re}, {@code im} hold n·lanes values each, laid
     * out as in the class comment; {@code workRe}, {@code workIm} (same size) are scratch.
     */
    public void forward(double[] re, double[] im, double[] workRe, double[] workIm) {
        double[] ar = re;
        double[] ai = im;
        double[] br = workRe;
        double[] bi = workIm;
        for (Stage stage : stages) {
            if (stage.radix() == 4) {
                radix4(stage, ar, ai, br, bi);
            } else {
                radix2(stage, ar, ai, br, bi);
            }
            double[] t = ar;
            ar = br;
            br = t;
            t = ai;
            ai = bi;
            bi = t;
        }
        if (ar != re) { // an odd number of stages left the result in the work arrays
            System.arraycopy(ar, 0, re, 0, re.length);
            System.arraycopy(ai, 0, im, 0, im.length);
        }
    }

    /** w^p, w^2p, w^3p (radix 4) or w^p (radix 2) for p < span/radix, w = e^{−2πi/span}, interleaved re, im. */
    private static double[] twiddles(int span, int radix) {
        int m = span / radix;
        int powers = radix - 1;
        double[] w = new double[2 * powers * m];
        for (int p = 0; p < m; p++) {
            for (int q = 1; q <= powers; q++) {
                double angle = -2 * Math.PI * q * p / span;
                w[2 * (p * powers + q - 1)] = Math.cos(angle);
                w[2 * (p * powers + q - 1) + 1] = Math.sin(angle);
            }
        }
        return w;
    }

    private static void radix4(Stage stage, double[] ar, double[] ai, double[] br, double[] bi) {
        int lanes = SPECIES.length();
        int m = stage.span() / 4;
        int row = stage.stride() * lanes; // doubles per index step of p
        double[] w = stage.twiddles();
        for (int p = 0; p < m; p++) {
            DoubleVector w1r = DoubleVector.broadcast(SPECIES, w[6 * p]);
            DoubleVector w1i = DoubleVector.broadcast(SPECIES, w[6 * p + 1]);
            DoubleVector w2r = DoubleVector.broadcast(SPECIES, w[6 * p + 2]);
            DoubleVector w2i = DoubleVector.broadcast(SPECIES, w[6 * p + 3]);
            DoubleVector w3r = DoubleVector.broadcast(SPECIES, w[6 * p + 4]);
            DoubleVector w3i = DoubleVector.broadcast(SPECIES, w[6 * p + 5]);
            int a0 = p * row;
            int b0 = a0 + m * row;
            int c0 = b0 + m * row;
            int d0 = c0 + m * row;
            int y0 = 4 * p * row;
            for (int q = 0; q < row; q += lanes) {
                DoubleVector xar = DoubleVector.fromArray(SPECIES, ar, a0 + q);
                DoubleVector xai = DoubleVector.fromArray(SPECIES, ai, a0 + q);
                DoubleVector xbr = DoubleVector.fromArray(SPECIES, ar, b0 + q);
                DoubleVector xbi = DoubleVector.fromArray(SPECIES, ai, b0 + q);
                DoubleVector xcr = DoubleVector.fromArray(SPECIES, ar, c0 + q);
                DoubleVector xci = DoubleVector.fromArray(SPECIES, ai, c0 + q);
                DoubleVector xdr = DoubleVector.fromArray(SPECIES, ar, d0 + q);
                DoubleVector xdi = DoubleVector.fromArray(SPECIES, ai, d0 + q);
                DoubleVector sacr = xar.add(xcr);
                DoubleVector saci = xai.add(xci);
                DoubleVector dacr = xar.sub(xcr);
                DoubleVector daci = xai.sub(xci);
                DoubleVector sbdr = xbr.add(xdr);
                DoubleVector sbdi = xbi.add(xdi);
                // −i·(b − d)
                DoubleVector jr = xbi.sub(xdi);
                DoubleVector ji = xdr.sub(xbr);
                sacr.add(sbdr).intoArray(br, y0 + q);
                saci.add(sbdi).intoArray(bi, y0 + q);
                rotate(dacr.add(jr), daci.add(ji), w1r, w1i, br, bi, y0 + row + q);
                rotate(sacr.sub(sbdr), saci.sub(sbdi), w2r, w2i, br, bi, y0 + 2 * row + q);
                rotate(dacr.sub(jr), daci.sub(ji), w3r, w3i, br, bi, y0 + 3 * row + q);
            }
        }
    }

    private static void radix2(Stage stage, double[] ar, double[] ai, double[] br, double[] bi) {
        int lanes = SPECIES.length();
        int m = stage.span() / 2;
        int row = stage.stride() * lanes;
        double[] w = stage.twiddles();
        for (int p = 0; p < m; p++) {
            int a0 = p * row;
            int b0 = a0 + m * row;
            int y0 = 2 * p * row;
            for (int q = 0; q < row; q += lanes) {
                DoubleVector xar = DoubleVector.fromArray(SPECIES, ar, a0 + q);
                DoubleVector xai = DoubleVector.fromArray(SPECIES, ai, a0 + q);
                DoubleVector xbr = DoubleVector.fromArray(SPECIES, ar, b0 + q);
                DoubleVector xbi = DoubleVector.fromArray(SPECIES, ai, b0 + q);
                xar.add(xbr).intoArray(br, y0 + q);
                xai.add(xbi).intoArray(bi, y0 + q);
                rotate(xar.sub(xbr), xai.sub(xbi), DoubleVector.broadcast(SPECIES, w[2 * p]),
                        DoubleVector.broadcast(SPECIES, w[2 * p + 1]), br, bi, y0 + row + q);
            }
        }
    }

    /** (vr + i·vi)·(wr + i·wi) into br, bi at {@code at}. */
    private static void rotate(DoubleVector vr, DoubleVector vi, DoubleVector wr, DoubleVector wi, double[] br,
                               double[] bi, int at) {
        vi.neg().fma(wi, vr.mul(wr)).intoArray(br, at);
        vr.fma(wi, vi.mul(wr)).intoArray(bi, at);
    }
}
