package org.avrs.signal.physio;

import java.util.Arrays;

/**
 * The running median over an odd window, the ends extended by repeating the first and last samples
 * (scipy.ndimage.median_filter(x, size, mode="nearest")). O(n·size) with a sorted window.
 */
final class RunningMedian {

    private RunningMedian() {
    }

    /** out[i] = median of x[i − h … i + h], h = size/2, indices clamped to [0, n). */
    static double[] of(double[] x, int size) {
        if (size % 2 == 0 || size < 1) {
            throw new IllegalArgumentException("median window " + size + " must be odd and positive");
        }
        int n = x.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        int h = size / 2;
        double[] window = new double[size];
        for (int j = -h; j <= h; j++) {
            window[j + h] = at(x, j);
        }
        Arrays.sort(window);
        for (int i = 0; i < n; i++) {
            out[i] = window[h];
            if (i + 1 < n) {
                replace(window, at(x, i - h), at(x, i + 1 + h));
            }
        }
        return out;
    }

    /** Removes one occurrence of {@code old} from the sorted window and inserts {@code add}, keeping order. */
    private static void replace(double[] w, double old, double add) {
        int pos = Arrays.binarySearch(w, old);
        int len = w.length;
        System.arraycopy(w, pos + 1, w, pos, len - pos - 1); // remove
        int ins = Arrays.binarySearch(w, 0, len - 1, add);
        if (ins < 0) {
            ins = -ins - 1;
        }
        System.arraycopy(w, ins, w, ins + 1, len - 1 - ins);
        w[ins] = add;
    }

    private static double at(double[] x, int i) {
        return x[Math.max(0, Math.min(x.length - 1, i))];
    }
}
