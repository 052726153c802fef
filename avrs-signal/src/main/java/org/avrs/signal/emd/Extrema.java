package org.avrs.signal.emd;

/**
 * Local extrema and zero crossings of a sampled signal, as EMD uses them.
 *
 * <p>A local maximum is a sample (or a run of equal samples, a plateau) higher than the nearest
 * different sample on both sides; a minimum likewise lower. A plateau counts once, at its middle index
 * ⌊(first + last)/2⌋. The first and last samples are never extrema (the end rule of
 * {@link EndMirror} handles the ends). Maxima and minima therefore alternate.
 *
 * <p>A zero crossing is a sign change between consecutive non-zero samples, exact zeros skipped (so
 * +,0,0,− counts one crossing and +,0,+ none).
 */
final class Extrema {

    /**
     * Full 64-sample blocks take {@link LaneExtremaWords} when the Vector API is there: IMEMD searches
     * extrema some 6,000 times per 3 s utterance, which makes it 15–25 % faster. Unlike MFCC (see
     * {@link org.avrs.signal.dsp.VectorLanes}) there is no warm-up rule: the JIT's warm-up, about 0.5 s in a
     * fresh JVM, is repaid within the second or third decomposition.
     */
    private static final boolean LANES = org.avrs.signal.dsp.VectorLanes.available() && LaneExtremaWords.fits();

    private Extrema() {
    }

    /**
     * Writes the maxima and minima indices of the first n samples of x in increasing order into
     * {@code maxima} and {@code minima} (each at least n/2 + 1 long) and returns
     * {@code (maxCount << 32) | minCount}.
     */
    static long find(double[] x, int n, int[] maxima, int[] minima) {
        // Fast path for signals without two equal neighbours (no plateaus): the rises rᵢ = [xᵢ > x_{i−1}]
        // and falls fᵢ = [xᵢ < x_{i−1}], i = 1 … n−1, are packed 64 to a word; a maximum sits at i where
        // rᵢ and f_{i+1}, a minimum where fᵢ and r_{i+1}. No branch depends on the data until the
        // extrema themselves are listed. A zero difference (rᵢ = fᵢ = 0) sends the signal to the
        // plateau-aware pass.
        int nMax = 0;
        int nMin = 0;
        long prevRise = 0;
        long prevFall = 0;
        int prevBase = 1; // index of bit 0 of the previous word
        long[] words = new long[2];
        for (int base = 1; base < n + 64; base += 64) {
            long rise = 0;
            long fall = 0;
            int count = Math.max(0, Math.min(64, n - base));
            if (count == 64 && LANES) {
                LaneExtremaWords.risesAndFalls(x, base, words);
                rise = words[0];
                fall = words[1];
            } else {
                for (int j = 0; j < count; j++) {
                    double a = x[base + j - 1];
                    double b = x[base + j];
                    rise |= (b > a ? 1L : 0L) << j;
                    fall |= (b < a ? 1L : 0L) << j;
                }
            }
            if ((rise | fall) != (count == 64 ? -1L : (1L << count) - 1)) {
                return findWithPlateaus(x, n, maxima, minima);
            }
            if (base > 1) {
                long maxBits = prevRise & ((prevFall >>> 1) | (fall << 63));
                long minBits = prevFall & ((prevRise >>> 1) | (rise << 63));
                while (maxBits != 0) {
                    maxima[nMax++] = prevBase + Long.numberOfTrailingZeros(maxBits);
                    maxBits &= maxBits - 1;
                }
                while (minBits != 0) {
                    minima[nMin++] = prevBase + Long.numberOfTrailingZeros(minBits);
                    minBits &= minBits - 1;
                }
            }
            prevRise = rise;
            prevFall = fall;
            prevBase = base;
        }
        return ((long) nMax << 32) | nMin;
    }

    private static long findWithPlateaus(double[] x, int n, int[] maxima, int[] minima) {
        int nMax = 0;
        int nMin = 0;
        int lastSign = 0; // sign of the last non-zero difference
        int levelStart = 0; // first index of the current level (plateau)
        double prev = n > 0 ? x[0] : 0;
        for (int i = 1; i < n; i++) {
            double cur = x[i];
            if (cur > prev) {
                if (lastSign < 0) {
                    minima[nMin++] = (levelStart + i - 1) >>> 1;
                }
                lastSign = 1;
                levelStart = i;
            } else if (cur < prev) {
                if (lastSign > 0) {
                    maxima[nMax++] = (levelStart + i - 1) >>> 1;
                }
                lastSign = -1;
                levelStart = i;
            }
            prev = cur;
        }
        return ((long) nMax << 32) | nMin;
    }

    static int maxCount(long packed) {
        return (int) (packed >>> 32);
    }

    static int minCount(long packed) {
        return (int) packed;
    }

    /** The number of local extrema (maxima + minima) of x. */
    static int count(double[] x) {
        int[] max = new int[x.length / 2 + 1];
        int[] min = new int[x.length / 2 + 1];
        long p = find(x, x.length, max, min);
        return maxCount(p) + minCount(p);
    }

    /** The number of zero crossings of the first n samples of x (sign changes, exact zeros skipped). */
    static int zeroCrossings(double[] x, int n) {
        int count = 0;
        int sign = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            int s = v > 0 ? 1 : v < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    count++;
                }
                sign = s;
            }
        }
        return count;
    }
}
