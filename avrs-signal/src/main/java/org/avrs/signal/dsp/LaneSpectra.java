package org.avrs.signal.dsp;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * |X_t[k]|² (or |X_t[k]|) of {@link LaneFft#lanes()} consecutive frames of an {@link Stft} at once, the
 * same frames (window, padding, centring) as {@link Stft#framePower}. Each real nFft-point FFT is one
 * nFft/2-point complex FFT of z[j] = x[2j] + i·x[2j+1] in a SIMD lane, then split:
 * X[k] = E[k] + e^{−2πik/nFft}·O[k] with E[k] = (Z[k] + conj Z[N−k])/2, O[k] = (Z[k] − conj Z[N−k])/2i,
 * N = nFft/2.
 * Output: bin k of frame t0 + l at {@code k·lanes + l}.
 *
 * <p>Only use after {@link VectorLanes#available()} and {@link #supports}. Immutable and shareable;
 * each thread brings its own {@link Work}.
 */
public final class LaneSpectra {

    private static final VectorSpecies<Double> SPECIES = LaneFft.SPECIES;

    private final Stft stft;
    private final boolean magnitude;
    private final int half;
    private final LaneFft fft;
    private final double[] splitRe; // cos(2πk/nFft), k = 0 … nFft/2
    private final double[] splitIm; // −sin(2πk/nFft)

    /** The work arrays of one thread. */
    public final class Work {
        private final double[] frame = new double[2 * half];
        private final double[] re = new double[half * lanes()];
        private final double[] im = new double[half * lanes()];
        private final double[] workRe = new double[half * lanes()];
        private final double[] workIm = new double[half * lanes()];
    }

    /** True for the STFTs this class computes: nFft a power of two ≥ 4, exponent 2 or 1. */
    public static boolean supports(Stft.Config config, double exponent) {
        int n = config.nFft();
        return n >= 4 && Integer.bitCount(n) == 1 && (exponent == 2.0 || exponent == 1.0);
    }

    /** @param exponent 2 for power, 1 for magnitude */
    public LaneSpectra(Stft stft, double exponent) {
        if (!supports(stft.config(), exponent)) {
            throw new IllegalArgumentException("LaneSpectra needs a power-of-two nFft >= 4 and exponent 2 or 1, not nFft "
                    + stft.config().nFft() + ", exponent " + exponent);
        }
        this.stft = stft;
        this.magnitude = exponent == 1.0;
        int n = stft.config().nFft();
        this.half = n / 2;
        this.fft = new LaneFft(half);
        splitRe = new double[half + 1];
        splitIm = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            splitRe[k] = Math.cos(2 * Math.PI * k / n);
            splitIm[k] = -Math.sin(2 * Math.PI * k / n);
        }
    }

    /** Frames per call. */
    public int lanes() {
        return SPECIES.length();
    }

    /** Bins per frame, nFft/2 + 1. */
    public int bins() {
        return half + 1;
    }

    public Work newWork() {
        return new Work();
    }

    /**
     * The spectra of frames t0 … t0 + lanes − 1 of x into {@code out} (bins·lanes values); lanes at or past
     * {@code frameCount} get the spectrum of an all-zero frame.
     */
    public void compute(double[] x, int t0, int frameCount, Work work, double[] out) {
        for (int l = 0; l < lanes(); l++) {
            load(x, t0 + l, frameCount, work, l);
        }
        fft.forward(work.re, work.im, work.workRe, work.workIm);
        split(work.re, work.im, out);
    }

    /**
     * Frame t, windowed, into lane l as z[j] = frame[2j] + i·frame[2j+1]. Interior frames are read from
     * x directly; frames that reach past an end (or past the last frame) go through the padded copy.
     */
    private void load(double[] x, int t, int frameCount, Work work, int l) {
        int lanes = lanes();
        double[] re = work.re;
        double[] im = work.im;
        int start = stft.windowStart(t);
        double[] w = stft.windowValues();
        if (t < frameCount && start >= 0 && start + w.length <= x.length) {
            // frame position p = offset + j holds x[start + j]·w[j]; even p go to re[p/2], odd to im[p/2]
            int offset = stft.windowOffset();
            loadParity(re, l, (offset + 1) / 2, (offset + w.length + 1) / 2, -offset, x, start, w);
            loadParity(im, l, offset / 2, (offset + w.length) / 2, 1 - offset, x, start, w);
            return;
        }
        double[] f = work.frame;
        if (t < frameCount) {
            stft.windowedFrame(x, t, f);
        } else {
            java.util.Arrays.fill(f, 0.0);
        }
        for (int j = 0, at = l; j < half; j++, at += lanes) {
            re[at] = f[2 * j];
            im[at] = f[2 * j + 1];
        }
    }

    /**
     * One parity of a frame into lane l of {@code a}: a[k] = x[start + j]·w[j] with j = 2k + shift for k in
     * [from, to), zero for the other k.
     */
    private void loadParity(double[] a, int l, int from, int to, int shift, double[] x, int start, double[] w) {
        int lanes = lanes();
        for (int k = 0; k < from; k++) {
            a[k * lanes + l] = 0.0;
        }
        for (int k = from, at = from * lanes + l, j = 2 * from + shift; k < to; k++, at += lanes, j += 2) {
            a[at] = x[start + j] * w[j];
        }
        for (int k = to; k < half; k++) {
            a[k * lanes + l] = 0.0;
        }
    }

    /**
     * The real spectrum's bins from the half-size complex one, then |X|² or |X|. Bins k and N − k come
     * from the same E, O: with T = e^{−2πik/nFft}·O[k], X[k] = E[k] + T and X[N−k] = conj(E[k] − T).
     */
    private void split(double[] zr, double[] zi, double[] out) {
        int lanes = lanes();
        for (int k = 0; 2 * k <= half; k++) {
            int a = k * lanes; // k ≤ N/2 < N
            int b = ((half - k) % half) * lanes; // Z[N] is Z[0]
            DoubleVector ar = DoubleVector.fromArray(SPECIES, zr, a);
            DoubleVector ai = DoubleVector.fromArray(SPECIES, zi, a);
            DoubleVector br = DoubleVector.fromArray(SPECIES, zr, b);
            DoubleVector bi = DoubleVector.fromArray(SPECIES, zi, b);
            DoubleVector er = ar.add(br).mul(0.5);
            DoubleVector ei = ai.sub(bi).mul(0.5);
            DoubleVector or = ai.add(bi).mul(0.5);
            DoubleVector oi = br.sub(ar).mul(0.5);
            double cr = splitRe[k];
            double ci = splitIm[k];
            DoubleVector tr = or.mul(cr).sub(oi.mul(ci));
            DoubleVector ti = oi.mul(cr).add(or.mul(ci));
            store(er.add(tr), ei.add(ti), out, k * lanes);
            store(er.sub(tr), ei.sub(ti), out, (half - k) * lanes);
        }
    }

    /** |x|² (or |x|) into out at {@code at}. */
    private void store(DoubleVector xr, DoubleVector xi, double[] out, int at) {
        DoubleVector p = xr.mul(xr).add(xi.mul(xi));
        (magnitude ? p.sqrt() : p).intoArray(out, at);
    }
}
