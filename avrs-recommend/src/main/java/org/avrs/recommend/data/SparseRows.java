package org.avrs.recommend.data;

/**
 * A compressed-sparse-row view of an interaction log: for each row key (a viewer, or a video) the
 * column indices (videos, or viewers) and values of its interactions, sorted by column, plus the
 * log row each entry came from. Read-only; built by {@link InteractionLog}.
 */
public final class SparseRows {

    private final int[] start;
    private final int[] cols;
    private final float[] vals;
    private final int[] logRows;

    SparseRows(int[] start, int[] cols, float[] vals, int[] logRows) {
        this.start = start;
        this.cols = cols;
        this.vals = vals;
        this.logRows = logRows;
    }

    /** Builds the rows of {@code keys} (0 ≤ key &lt; nKeys) with columns {@code others}, in a stable two-pass counting sort. */
    static SparseRows build(int nKeys, int[] keys, int[] others, float[] values, int[] selected, int count) {
        int[] start = new int[nKeys + 1];
        for (int i = 0; i < count; i++) {
            start[keys[selected == null ? i : selected[i]] + 1]++;
        }
        for (int k = 0; k < nKeys; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = java.util.Arrays.copyOf(start, nKeys);
        int[] cols = new int[count];
        float[] vals = new float[count];
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            int r = selected == null ? i : selected[i];
            int p = fill[keys[r]]++;
            cols[p] = others[r];
            vals[p] = values[r];
            rows[p] = r;
        }
        for (int k = 0; k < nKeys; k++) {
            sortSegment(cols, vals, rows, start[k], start[k + 1]);
        }
        return new SparseRows(start, cols, vals, rows);
    }

    /** Insertion sort by column for short segments, else an index sort; keeps equal columns in log order. */
    private static void sortSegment(int[] cols, float[] vals, int[] rows, int from, int to) {
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
            sorted = cols[i - 1] <= cols[i];
        }
        if (sorted) {
            return;
        }
        long[] packed = new long[to - from];
        for (int i = from; i < to; i++) {
            packed[i - from] = ((long) cols[i] << 32) | (i - from);
        }
        java.util.Arrays.sort(packed);
        int[] c = new int[packed.length];
        float[] v = new float[packed.length];
        int[] r = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            int src = from + (int) packed[i];
            c[i] = cols[src];
            v[i] = vals[src];
            r[i] = rows[src];
        }
        System.arraycopy(c, 0, cols, from, c.length);
        System.arraycopy(v, 0, vals, from, v.length);
        System.arraycopy(r, 0, rows, from, r.length);
    }

    /** The number of row keys. */
    public int size() {
        return start.length - 1;
    }

    /** Position of the first entry of a key. */
    public int start(int key) {
        return start[key];
    }

    /** Position after the last entry of a key. */
    public int end(int key) {
        return start[key + 1];
    }

    /** The number of entries of a key. */
    public int count(int key) {
        return start[key + 1] - start[key];
    }

    /** The column (other index) at a position. */
    public int col(int position) {
        return cols[position];
    }

    /** The value at a position. */
    public float value(int position) {
        return vals[position];
    }

    /** The log row at a position. */
    public int logRow(int position) {
        return logRows[position];
    }

    /** Whether a key has an entry in a column (binary search). */
    public boolean contains(int key, int col) {
        return java.util.Arrays.binarySearch(cols, start[key], start[key + 1], col) >= 0;
    }

    /** The position of a key's entry in a column, or -1 (binary search; the first of equal columns not guaranteed). */
    public int find(int key, int col) {
        int p = java.util.Arrays.binarySearch(cols, start[key], start[key + 1], col);
        return p >= 0 ? p : -1;
    }

    /**
     * The binary cosine of two keys' column sets, |C_a ∩ C_b| / √(|C_a| |C_b|) (e.g. of two videos'
     * viewer sets); 0 when either key is -1 or has no entry. A sorted merge, O(|C_a| + |C_b|).
     */
    public double cosine(int a, int b) {
        if (a < 0 || b < 0 || count(a) == 0 || count(b) == 0) {
            return 0;
        }
        int common = 0;
        int p = start[a];
        int q = start[b];
        while (p < start[a + 1] && q < start[b + 1]) {
            if (cols[p] == cols[q]) {
                common++;
                p++;
                q++;
            } else if (cols[p] < cols[q]) {
                p++;
            } else {
                q++;
            }
        }
        return common / Math.sqrt((double) count(a) * count(b));
    }

    /** A copy of a key's columns (sorted). */
    public int[] cols(int key) {
        return java.util.Arrays.copyOfRange(cols, start[key], start[key + 1]);
    }

    /** The total number of entries. */
    public int entries() {
        return cols.length;
    }

    /** Writes the structure (starts, columns, values; not the log rows). */
    public void write(java.io.DataOutput out) throws java.io.IOException {
        BinaryIo.writeInts(out, start);
        BinaryIo.writeInts(out, cols);
        BinaryIo.writeFloats(out, vals);
    }

    /** Reads what {@link #write} wrote (log rows come back as -1). */
    public static SparseRows read(java.io.DataInput in) throws java.io.IOException {
        int[] start = BinaryIo.readInts(in);
        int[] cols = BinaryIo.readInts(in);
        float[] vals = BinaryIo.readFloats(in);
        if (start.length == 0 || start[start.length - 1] != cols.length || vals.length != cols.length) {
            throw new java.io.IOException("corrupt sparse rows: " + start.length + " starts, " + cols.length
                    + " columns, " + vals.length + " values");
        }
        int[] rows = new int[cols.length];
        java.util.Arrays.fill(rows, -1);
        return new SparseRows(start, cols, vals, rows);
    }
}
