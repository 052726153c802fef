package org.avrs.recommend.data;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A dense numbering of external ids: the i-th distinct id seen gets index i (0, 1, 2, …). Lookups
 * go through an open-addressing hash table of primitive longs, so a map of millions of ids costs a
 * few bytes per id and no boxing. Immutable once built; a {@link Builder} grows it.
 */
public final class IdMap {

    private static final int EMPTY = -1;

    private final long[] ids;
    private final int[] table;
    private final int mask;

    private IdMap(long[] ids, int size) {
        this.ids = Arrays.copyOf(ids, size);
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.table = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(table, EMPTY);
        for (int i = 0; i < size; i++) {
            int slot = slot(this.ids[i]);
            while (table[slot] != EMPTY) {
                if (this.ids[table[slot]] == this.ids[i]) {
                    throw new IllegalArgumentException("id " + this.ids[i] + " repeats");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i;
        }
    }

    /** A map over the given ids in order (index i ↔ ids[i]). @throws IllegalArgumentException on a repeated id */
    public static IdMap of(long... ids) {
        return new IdMap(ids, ids.length);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The dense index of an id, or -1 when the id is unknown. */
    public int indexOf(long id) {
        int slot = slot(id);
        while (true) {
            int i = table[slot];
            if (i == EMPTY) {
                return -1;
            }
            if (ids[i] == id) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
    }

    public boolean contains(long id) {
        return indexOf(id) >= 0;
    }

    /** The external id at a dense index. */
    public long id(int index) {
        return ids[index];
    }

    public int size() {
        return ids.length;
    }

    /** A copy of the ids in index order. */
    public long[] ids() {
        return ids.clone();
    }

    /** Writes the ids (a count, then each id). */
    public void write(DataOutput out) throws IOException {
        out.writeInt(ids.length);
        for (long id : ids) {
            out.writeLong(id);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static IdMap read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative id count " + n);
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readLong();
        }
        return of(ids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdMap other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "IdMap[" + ids.length + " ids]";
    }

    /** Assigns indices to ids in order of first appearance. Not thread-safe. */
    public static final class Builder {
        private long[] ids = new long[16];
        private int size;
        private int[] table = newTable(32);
        private int mask = 31;

        private Builder() {
        }

        private static int[] newTable(int capacity) {
            int[] t = new int[capacity];
            Arrays.fill(t, EMPTY);
            return t;
        }

        private int slot(long id) {
            long h = id * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        /** The index of an id, adding it if new. */
        public int add(long id) {
            int slot = slot(id);
            while (table[slot] != EMPTY) {
                if (ids[table[slot]] == id) {
                    return table[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size] = id;
            table[slot] = size;
            size++;
            if (size * 2 > table.length) {
                rehash();
            }
            return size - 1;
        }

        /** The index of an id already added, or -1. */
        public int indexOf(long id) {
            int slot = slot(id);
            while (table[slot] != EMPTY) {
                if (ids[table[slot]] == id) {
                    return table[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        public int size() {
            return size;
        }

        private void rehash() {
            table = newTable(table.length * 2);
            mask = table.length - 1;
            for (int i = 0; i < size; i++) {
                int slot = slot(ids[i]);
                while (table[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i;
            }
        }

        public IdMap build() {
            return new IdMap(ids, size);
        }
    }
}
