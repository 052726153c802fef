package org.avrs.signal.physio;

import java.util.Arrays;

/**
 * "Blocks of interest" (Elgendi 2013): the stretches where a smoothed feature signal exceeds its
 * threshold, and the most prominent local maximum of the raw signal inside each — the peak-picking
 * stage shared by {@link EcgPeakDetector} and {@link PpgPeakDetector}.
 *
 * <p>A block begins at sample b when above[b] is false and above[b+1] true, and ends at e when above[e]
 * is true and above[e+1] false; ends before the first begin are dropped and the i-th begin pairs with
 * the i-th end; a block is [b, e).
 */
final class Blocks {

    private final int[] begins;
    private final int[] ends;

    private Blocks(int[] begins, int[] ends) {
        this.begins = begins;
        this.ends = ends;
    }

    /** The blocks where {@code above} is true. */
    static Blocks of(boolean[] above) {
        int[] b = new int[above.length];
        int[] e = new int[above.length];
        int nb = 0;
        int ne = 0;
        for (int i = 0; i + 1 < above.length; i++) {
            if (!above[i] && above[i + 1]) {
                b[nb++] = i;
            } else if (above[i] && !above[i + 1] && nb > 0) {
                e[ne++] = i;
            }
        }
        int count = Math.min(nb, ne);
        return new Blocks(Arrays.copyOf(b, count), Arrays.copyOf(e, count));
    }

    int count() {
        return begins.length;
    }

    /** The mean block length in samples (NaN without blocks). */
    double meanLength() {
        double sum = 0;
        for (int i = 0; i < begins.length; i++) {
            sum += ends[i] - begins[i];
        }
        return sum / begins.length;
    }

    /**
     * The peak of each block at least {@code minLength} samples long: the local maximum of {@code x}
     * inside the block with the largest prominence (the first on ties), kept only if it is more than
     * {@code minDelay} samples after the previous peak kept.
     */
    int[] peaks(double[] x, double minLength, int minDelay) {
        int[] out = new int[begins.length];
        int count = 0;
        for (int i = 0; i < begins.length; i++) {
            if (ends[i] - begins[i] < minLength) {
                continue;
            }
            int p = mostProminent(x, begins[i], ends[i]);
            if (p >= 0 && (count == 0 || p - out[count - 1] > minDelay)) {
                out[count++] = p;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * The index of the local maximum of x[from, to) with the largest prominence, or −1 if there is none.
     * Local maxima and prominences as scipy.signal.find_peaks / peak_prominences on that stretch: a
     * maximum is a sample (or the middle of a flat run) higher than both neighbours, the stretch's end
     * samples excluded; its prominence is its height above the higher of the lowest points between it and
     * the nearest higher sample (or the stretch's end) on each side.
     */
    static int mostProminent(double[] x, int from, int to) {
        int best = -1;
        double bestProminence = Double.NEGATIVE_INFINITY;
        int i = from + 1;
        while (i < to - 1) {
            if (x[i - 1] < x[i]) {
                int ahead = i + 1;
                while (ahead < to - 1 && x[ahead] == x[i]) {
                    ahead++;
                }
                if (x[ahead] < x[i]) {
                    int peak = (i + ahead - 1) / 2;
                    double prominence = prominence(x, from, to, peak);
                    if (prominence > bestProminence) {
                        bestProminence = prominence;
                        best = peak;
                    }
                    i = ahead;
                    continue;
                }
            }
            i++;
        }
        return best;
    }

    private static double prominence(double[] x, int from, int to, int peak) {
        double h = x[peak];
        double leftMin = h;
        for (int j = peak; j >= from && x[j] <= h; j--) {
            leftMin = Math.min(leftMin, x[j]);
        }
        double rightMin = h;
        for (int j = peak; j < to && x[j] <= h; j++) {
            rightMin = Math.min(rightMin, x[j]);
        }
        return h - Math.max(leftMin, rightMin);
    }
}
