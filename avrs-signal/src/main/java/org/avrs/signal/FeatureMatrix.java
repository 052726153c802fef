package org.avrs.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Features over time: rows are frames or windows (in time order), columns are named features, and each
 * row carries its time in seconds from the start of the signal (the centre of its frame, see each
 * extractor). Immutable: arrays are copied in and out.
 *
 * <p>Values may be NaN where an extractor documents it; times must be finite.
 */
public final class FeatureMatrix {

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final double[] times;
    private final double[] values; // row-major, rows × columns

    private FeatureMatrix(List<String> columns, double[] times, double[] values) {
        this.columns = List.copyOf(columns);
        this.index = new HashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            String name = this.columns.get(c);
            if (name.isBlank()) {
                throw new IllegalArgumentException("column " + c + " has a blank name");
            }
            if (index.put(name, c) != null) {
                throw new IllegalArgumentException("column name '" + name + "' repeats in " + columns);
            }
        }
        for (int r = 0; r < times.length; r++) {
            if (!Double.isFinite(times[r])) {
                throw new IllegalArgumentException("time of row " + r + " is " + times[r] + "; must be finite");
            }
        }
        if ((long) times.length * this.columns.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + times.length + " rows × "
                    + this.columns.size() + " columns");
        }
        this.times = times;
        this.values = values;
    }

    /**
     * A matrix from rows (copied).
     *
     * @param columnNames unique, non-blank names
     * @param times the time of each row in seconds, one per row
     * @param rows one array per row, each of {@code columnNames.size()} values
     */
    public static FeatureMatrix of(List<String> columnNames, double[] times, double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length != times.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + times.length + " times");
        }
        int cols = columnNames.size();
        double[] flat = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values for "
                        + cols + " columns");
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return new FeatureMatrix(columnNames, times.clone(), flat);
    }

    /** A matrix from columns (copied), one array of {@code times.length} values per name. */
    public static FeatureMatrix ofColumns(List<String> columnNames, double[] times, double[]... columns) {
        if (columns.length != columnNames.size()) {
            throw new IllegalArgumentException(columns.length + " columns for " + columnNames.size() + " names");
        }
        int cols = columns.length;
        double[] flat = new double[times.length * cols];
        for (int c = 0; c < cols; c++) {
            if (columns[c].length != times.length) {
                throw new IllegalArgumentException("column " + c + " has " + columns[c].length + " values for "
                        + times.length + " rows");
            }
            for (int r = 0; r < times.length; r++) {
                flat[r * cols + c] = columns[c][r];
            }
        }
        return new FeatureMatrix(columnNames, times.clone(), flat);
    }

    /** A matrix from row-major values (copied): value (r, c) at {@code values[r * columns + c]}. */
    public static FeatureMatrix ofRowMajor(List<String> columnNames, double[] times, double[] values) {
        return new FeatureMatrix(columnNames, times.clone(), values.clone());
    }

    public int rowCount() {
        return times.length;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<String> columnNames() {
        return columns;
    }

    /** @throws IllegalArgumentException naming the columns there are, if {@code name} is not one */
    public int columnIndex(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + columns);
        }
        return c;
    }

    /** The time of a row in seconds. */
    public double time(int row) {
        Objects.checkIndex(row, times.length);
        return times[row];
    }

    /** A copy of the row times in seconds. */
    public double[] times() {
        return times.clone();
    }

    public double get(int row, int column) {
        Objects.checkIndex(row, times.length);
        Objects.checkIndex(column, columns.size());
        return values[row * columns.size() + column];
    }

    public double get(int row, String column) {
        return get(row, columnIndex(column));
    }

    /** A copy of one row. */
    public double[] row(int r) {
        Objects.checkIndex(r, times.length);
        int cols = columns.size();
        return Arrays.copyOfRange(values, r * cols, (r + 1) * cols);
    }

    /** A copy of one column. */
    public double[] column(int c) {
        Objects.checkIndex(c, columns.size());
        int cols = columns.size();
        double[] out = new double[times.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = values[r * cols + c];
        }
        return out;
    }

    public double[] column(String name) {
        return column(columnIndex(name));
    }

    /** A copy of all values, [row][column]. */
    public double[][] toArray() {
        double[][] out = new double[times.length][];
        for (int r = 0; r < out.length; r++) {
            out[r] = row(r);
        }
        return out;
    }

    /** The given columns, in the given order. */
    public FeatureMatrix selectColumns(List<String> names) {
        int[] idx = names.stream().mapToInt(this::columnIndex).toArray();
        int cols = columns.size();
        double[] out = new double[times.length * idx.length];
        for (int r = 0; r < times.length; r++) {
            for (int k = 0; k < idx.length; k++) {
                out[r * idx.length + k] = values[r * cols + idx[k]];
            }
        }
        return new FeatureMatrix(names, times, out);
    }

    /**
     * This matrix's columns followed by {@code other}'s (e.g. MFCC then their deltas).
     *
     * @throws IllegalArgumentException if the row counts or row times differ, or a name repeats
     */
    public FeatureMatrix withColumns(FeatureMatrix other) {
        if (other.rowCount() != rowCount()) {
            throw new IllegalArgumentException("cannot join " + rowCount() + " rows with " + other.rowCount());
        }
        for (int r = 0; r < times.length; r++) {
            if (Math.abs(times[r] - other.times[r]) > 1e-9 * Math.max(1, Math.abs(times[r]))) {
                throw new IllegalArgumentException("row " + r + " times differ: " + times[r] + " s vs "
                        + other.times[r] + " s");
            }
        }
        int a = columnCount();
        int b = other.columnCount();
        double[] out = new double[times.length * (a + b)];
        for (int r = 0; r < times.length; r++) {
            System.arraycopy(values, r * a, out, r * (a + b), a);
            System.arraycopy(other.values, r * b, out, r * (a + b) + a, b);
        }
        List<String> names = new ArrayList<>(columns);
        names.addAll(other.columns);
        return new FeatureMatrix(names, times, out);
    }

    /**
     * Writes CSV: a header {@code time,<column names…>}, then one line per row; numbers in Java's
     * shortest round-trip form ({@link Double#toString(double)}), NaN as {@code NaN}.
     */
    public void writeCsv(Appendable out) throws IOException {
        out.append("time");
        for (String c : columns) {
            out.append(',').append(csvField(c));
        }
        out.append('\n');
        int cols = columns.size();
        for (int r = 0; r < times.length; r++) {
            out.append(Double.toString(times[r]));
            for (int c = 0; c < cols; c++) {
                out.append(',').append(Double.toString(values[r * cols + c]));
            }
            out.append('\n');
        }
    }

    /** The CSV of {@link #writeCsv(Appendable)} as a string. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        try {
            writeCsv(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // StringBuilder does not throw
        }
        return sb.toString();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMatrix m && columns.equals(m.columns) && Arrays.equals(times, m.times)
                && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, Arrays.hashCode(times), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rowCount() + " rows × " + columnCount() + " columns " + columns + "]";
    }
}
