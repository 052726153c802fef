package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.signal.io.Annotation;

/**
 * Reads a BIDS {@code *_events.tsv} (Brain Imaging Data Structure 1.8, "Task events"): tab-separated,
 * a header row, required columns {@code onset} (s from the first sample) and {@code duration} (s or
 * {@code n/a}); the event's text is the {@code trial_type} column, else {@code value}. Rows whose text
 * is empty or {@code n/a} are skipped.
 */
final class BidsEvents {

    /** Largest events file read (a real one is kilobytes). */
    private static final long MAX_BYTES = 64L << 20;

    private BidsEvents() {
    }

    /** @throws InvalidInputException naming the file, line and column of the first problem */
    static List<Annotation> read(Path file) {
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException(file.toString(), null, "larger than " + MAX_BYTES + " bytes; not an events file");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, "cannot read the events file: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(file.toString(), "line 1", "empty; expected a header with onset and duration");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int onset = header.indexOf("onset");
        int duration = header.indexOf("duration");
        int text = header.contains("trial_type") ? header.indexOf("trial_type") : header.indexOf("value");
        if (onset < 0 || duration < 0 || text < 0) {
            throw new InvalidInputException(file.toString(), "line 1", "header " + header
                    + " lacks onset, duration, or trial_type/value");
        }
        List<Annotation> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                throw new InvalidInputException(file.toString(), "line " + (i + 1), cells.length + " cells for "
                        + header.size() + " columns");
            }
            String type = cells[text].strip();
            if (type.isEmpty() || type.equals("n/a")) {
                continue;
            }
            double t = number(cells[onset], file, i, "onset");
            double d = cells[duration].strip().equals("n/a") ? 0 : number(cells[duration], file, i, "duration");
            if (!(d >= 0)) {
                throw new InvalidInputException(file.toString(), "line " + (i + 1) + " column duration", "is " + d
                        + "; must be >= 0");
            }
            out.add(new Annotation(t, d, type));
        }
        return out;
    }

    private static double number(String cell, Path file, int line, String column) {
        try {
            double v = Double.parseDouble(cell.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(file.toString(), "line " + (line + 1) + " column " + column, "'" + cell
                + "' is not a finite number");
    }
}
