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

    private Extrema() {
    }

    /**
     * Writes the maxima and minima indices of the first n samples of x (finite, as EMD checks its input)
     * in increasing order into {@code maxima} and {@code minima} (each at least n/2 + 1 long) and returns
     * {@code (maxCount << 32) | minCount}.
     */
    static long find(double[] x, int n, int[] maxima, int[] minima) {
        ExtremaScan scan = new ExtremaScan();
        scan.start(maxima, minima);
        return scan.finish(x, n);
    }

    /** {@link #find} by a sample-by-sample walk that handles plateaus. */
    static long findWithPlateaus(double[] x, int n, int[] maxima, int[] minima) {
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
