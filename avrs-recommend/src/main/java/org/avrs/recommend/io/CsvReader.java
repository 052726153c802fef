package org.avrs.recommend.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.avrs.core.InvalidInputException;

/**
 * Reads delimiter-separated records as RFC 4180 describes them: fields optionally quoted with
 * {@code "}, a doubled {@code ""} inside quotes standing for one quote, quoted fields may hold the
 * delimiter and line breaks; records end at LF or CRLF (both accepted, mixed too). A UTF-8 byte
 * order mark at the start is skipped. Tracks the line each record starts on for error messages.
 */
public final class CsvReader implements AutoCloseable {

    private final BufferedReader in;
    private final String source;
    private final char delimiter;
    private final boolean quotes;
    private int line = 1;
    private int recordLine;
    private boolean first = true;
    private final StringBuilder field = new StringBuilder();

    /**
     * @param in the text (closed with this reader)
     * @param source the file name, for messages
     * @param delimiter the field separator, e.g. ',' or '\t'
     */
    public CsvReader(Reader in, String source, char delimiter) {
        this(in, source, delimiter, true);
    }

    /**
     * @param quotes whether {@code "} quotes fields; false for formats where a quote is an ordinary
     *     character (MovieLens {@code ::} files, whose titles may start with one)
     */
    public CsvReader(Reader in, String source, char delimiter, boolean quotes) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.source = source;
        this.delimiter = delimiter;
        this.quotes = quotes;
    }

    /** The line (1-based) the last record returned by {@link #next} started on. */
    public int line() {
        return recordLine;
    }

    /** The source name given at construction. */
    public String source() {
        return source;
    }

    /**
     * The next record's fields, or null at the end of input. A blank line gives a record with one
     * empty field.
     *
     * @throws InvalidInputException for a quote left open at the end of input
     */
    public List<String> next() {
        try {
            int c = in.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    c = in.read();
                }
            }
            if (c < 0) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>(8);
            field.setLength(0);
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c < 0) {
                    if (quoted) {
                        throw new InvalidInputException(source, "line " + recordLine,
                                "quoted field is not closed before the end of the file");
                    }
                    fields.add(field.toString());
                    return fields;
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int nextChar = in.read();
                        if (nextChar == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (quotes && ch == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (ch == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (ch == '\n') {
                    line++;
                    fields.add(stripCr(field));
                    return fields;
                } else {
                    field.append(ch);
                }
                c = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String stripCr(StringBuilder field) {
        int n = field.length();
        return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
    }

    /**
     * Checks that a header record has the expected column names (case-insensitive, surrounding blanks
     * ignored).
     *
     * @throws InvalidInputException naming the first column that differs
     */
    public void expectHeader(List<String> header, String... expected) {
        if (header == null) {
            throw new InvalidInputException(source, null, "file is empty; expected a header row "
                    + String.join(",", expected));
        }
        if (header.size() < expected.length) {
            throw new InvalidInputException(source, "line " + recordLine, "header has " + header.size()
                    + " columns, expected " + String.join(",", expected));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!header.get(i).strip().equalsIgnoreCase(expected[i])) {
                throw new InvalidInputException(source, "line " + recordLine + ", column " + (i + 1),
                        "header '" + header.get(i) + "', expected '" + expected[i] + "'");
            }
        }
    }

    /** An error about a field of the current record. */
    public InvalidInputException error(String column, String problem) {
        return new InvalidInputException(source, "line " + recordLine + ", field '" + column + "'", problem);
    }

    /** Parses a field as a long, or fails naming line and column. */
    public long parseLong(List<String> fields, int index, String column) {
        String text = field(fields, index, column);
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw error(column, "'" + text + "' is not an integer");
        }
    }

    /** Parses a field as a finite double, or fails naming line and column. */
    public double parseDouble(List<String> fields, int index, String column) {
        String text = field(fields, index, column);
        double x;
        try {
            x = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw error(column, "'" + text + "' is not a number");
        }
        if (!Double.isFinite(x)) {
            throw error(column, "'" + text + "' is not a finite number");
        }
        return x;
    }

    /** A field that must be present. */
    public String field(List<String> fields, int index, String column) {
        if (index >= fields.size()) {
            throw new InvalidInputException(source, "line " + recordLine, "has " + fields.size()
                    + " fields, field '" + column + "' (number " + (index + 1) + ") is missing");
        }
        return fields.get(index);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
