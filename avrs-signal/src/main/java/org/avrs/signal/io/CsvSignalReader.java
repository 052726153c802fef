package org.avrs.signal.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;

/**
 * Reads signals from a CSV file with one header row of column names and one row per sample, at a
 * sampling rate the caller states (the file holds none) — the layout of NeuroKit2's example data
 * (columns such as ECG, EDA, RSP, PPG, Photosensor; 100 Hz or 1000 Hz). Every column read becomes a
 * channel named by its header, unit "" (CSV files state none).
 *
 * <p>Format: UTF-8 (a byte-order mark is skipped), lines ended by LF or CRLF, the delimiter is the
 * first of ',', ';', tab found in the header line (a header with none is one column); names and values
 * may be wrapped in double quotes; blank lines are skipped. Every row must have the header's field
 * count, and every value read must be a finite number — otherwise an {@link InvalidInputException}
 * names the line and column.
 */
public final class CsvSignalReader {

    /**
     * @param sampleRate samples per second, &gt; 0 and finite (e.g. 100 for NeuroKit's bio_*_100hz.csv)
     * @param columns names of the columns to read, in the order wanted; empty reads all columns
     */
    public record Config(double sampleRate, List<String> columns) {

        public Config {
            if (!(sampleRate > 0) || Double.isInfinite(sampleRate)) {
                throw new IllegalArgumentException("sampleRate " + sampleRate + " must be > 0 and finite");
            }
            columns = List.copyOf(columns);
            if (new HashSet<>(columns).size() != columns.size()) {
                throw new IllegalArgumentException("columns repeat: " + columns);
            }
        }

        /** All columns at the given rate. */
        public static Config of(double sampleRate) {
            return new Config(sampleRate, List.of());
        }
    }

    private CsvSignalReader() {
    }

    public static Signal read(Path path, Config config) {
        try (BinarySource src = BinarySource.open(path)) {
            return read(src, config);
        }
    }

    /**
     * @throws InvalidInputException for an empty file, a missing column, a short or long row, an empty
     *     or non-numeric or non-finite value, or no data rows
     */
    public static Signal read(BinarySource src, Config config) {
        Objects.requireNonNull(config, "config");
        if (src.size() == 0) {
            throw new InvalidInputException(src.name(), null, "empty file; expected a header row of column names");
        }
        if (src.size() > Limits.MAX_ARRAY) {
            throw new InvalidInputException(src.name(), null, src.size() + " bytes is too large for a CSV signal");
        }
        byte[] b = src.bytes(0, (int) src.size(), "CSV text");
        int p = (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) ? 3 : 0;
        int headerEnd = lineEnd(b, p);
        String headerLine = new String(b, p, headerEnd - p, StandardCharsets.UTF_8).strip();
        if (headerLine.isEmpty()) {
            throw new InvalidInputException(src.name(), "line 1", "empty header; expected column names");
        }
        char delim = delimiter(headerLine);
        List<String> header = new ArrayList<>();
        for (String h : headerLine.split(java.util.regex.Pattern.quote(String.valueOf(delim)), -1)) {
            header.add(unquote(h.strip()));
        }
        int[] pick = pick(src, header, config.columns());
        List<String> names = new ArrayList<>();
        for (int col : pick) {
            names.add(header.get(col));
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new InvalidInputException(src.name(), "line 1", "column names repeat: " + header);
        }
        double[][] x = parseRows(src, b, next(b, headerEnd), delim, header.size(), pick, header);
        return Signal.builder().sampleRate(config.sampleRate()).channelsOwned(x).names(names).unit("").build();
    }

    private static double[][] parseRows(BinarySource src, byte[] b, int start, char delim, int fields, int[] pick,
                                        List<String> header) {
        int rows = 0;
        for (int p = start; p < b.length; p = next(b, lineEnd(b, p))) {
            if (!blank(b, p, lineEnd(b, p))) {
                rows++;
            }
        }
        if (rows == 0) {
            throw new InvalidInputException(src.name(), "line 2", "no data rows after the header");
        }
        int[] colToChannel = new int[fields];
        java.util.Arrays.fill(colToChannel, -1);
        for (int k = 0; k < pick.length; k++) {
            colToChannel[pick[k]] = k;
        }
        double[][] x = new double[pick.length][rows];
        int row = 0;
        int line = 1;
        for (int p = start; p < b.length; p = next(b, lineEnd(b, p))) {
            line++;
            int end = lineEnd(b, p);
            if (blank(b, p, end)) {
                continue;
            }
            int col = 0;
            int f = p;
            while (true) {
                int g = f;
                while (g < end && b[g] != delim) {
                    g++;
                }
                if (col >= fields) {
                    throw new InvalidInputException(src.name(), "line " + line, "more than the header's " + fields + " fields");
                }
                if (colToChannel[col] >= 0) {
                    x[colToChannel[col]][row] = number(src, b, f, g, line, header.get(col));
                }
                col++;
                if (g >= end) {
                    break;
                }
                f = g + 1;
            }
            if (col != fields) {
                throw new InvalidInputException(src.name(), "line " + line, col + " fields; the header has " + fields);
            }
            row++;
        }
        return x;
    }

    private static double number(BinarySource src, byte[] b, int from, int to, int line, String column) {
        String s = unquote(new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip());
        String problem;
        if (s.isEmpty()) {
            problem = "empty value; expected a number";
        } else {
            try {
                double v = Double.parseDouble(s);
                if (Double.isFinite(v)) {
                    return v;
                }
                problem = "'" + shorten(s) + "' is not finite; samples must be";
            } catch (NumberFormatException e) {
                problem = "'" + shorten(s) + "' is not a number";
            }
        }
        throw new InvalidInputException(src.name(), "line " + line + ", column '" + column + "'", problem);
    }

    private static int[] pick(BinarySource src, List<String> header, List<String> wanted) {
        if (wanted.isEmpty()) {
            return java.util.stream.IntStream.range(0, header.size()).toArray();
        }
        int[] idx = new int[wanted.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = header.indexOf(wanted.get(k));
            if (idx[k] < 0) {
                throw new InvalidInputException(src.name(), "line 1", "no column '" + wanted.get(k) + "'; columns are "
                        + header);
            }
        }
        return idx;
    }

    private static char delimiter(String header) {
        for (char c : new char[] {',', ';', '\t'}) {
            if (header.indexOf(c) >= 0) {
                return c;
            }
        }
        return ',';
    }

    /** Index of the '\n' or '\r\n' ending the line at p, or b.length. */
    private static int lineEnd(byte[] b, int p) {
        int e = p;
        while (e < b.length && b[e] != '\n') {
            e++;
        }
        return e > p && b[e - 1] == '\r' ? e - 1 : e;
    }

    /** Start of the line after the one ending at e. */
    private static int next(byte[] b, int e) {
        if (e < b.length && b[e] == '\r') {
            e++;
        }
        return e + 1;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
