package org.avrs.recommend;

/**
 * Selects the k best entries of a score array with a bounded min-heap: O(n log k). NaN scores and
 * excluded indices are skipped; ties go to the lower tie key (e.g. the lower external id), so that
 * results do not depend on internal numbering.
 */
public final class TopK {

    /** Decides which indices may be chosen. */
    @FunctionalInterface
    public interface Filter {
        boolean allowed(int index);
    }

    private TopK() {
    }

    /**
     * The indices of the k highest scores, best first.
     *
     * @param scores the scores (NaN = not a candidate)
     * @param k how many, ≥ 0
     * @param filter which indices are candidates (null = all)
     * @param tieKey a key per index for ties (lower wins), or null to break ties by index
     */
    public static int[] select(double[] scores, int k, Filter filter, long[] tieKey) {
        if (k < 0) {
            throw new IllegalArgumentException("k " + k + " must be >= 0");
        }
        int[] heap = new int[Math.min(k, scores.length)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (Double.isNaN(s) || (filter != null && !filter.allowed(i))) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = i;
                siftUp(heap, size++, scores, tieKey);
            } else if (size > 0 && better(i, heap[0], scores, tieKey)) {
                heap[0] = i;
                siftDown(heap, size, scores, tieKey);
            }
        }
        int[] out = new int[size];
        for (int n = size; n > 0; n--) {
            out[n - 1] = heap[0];
            heap[0] = heap[n - 1];
            siftDown(heap, n - 1, scores, tieKey);
        }
        return out;
    }

    /** Whether a ranks before b. */
    private static boolean better(int a, int b, double[] scores, long[] tieKey) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return tieKey == null ? a < b : tieKey[a] < tieKey[b];
    }

    private static void siftUp(int[] heap, int i, double[] scores, long[] tieKey) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (better(heap[parent], heap[i], scores, tieKey)) {
                swap(heap, i, parent);
                i = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] heap, int size, double[] scores, long[] tieKey) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            int r = l + 1;
            if (r < size && better(heap[l], heap[r], scores, tieKey)) {
                worst = r;
            }
            if (better(heap[i], heap[worst], scores, tieKey)) {
                swap(heap, i, worst);
                i = worst;
            } else {
                return;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
