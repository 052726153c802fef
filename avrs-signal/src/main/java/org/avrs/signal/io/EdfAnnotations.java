package org.avrs.signal.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the Time-stamped Annotation Lists (TALs) of an EDF+/BDF+ "EDF Annotations" signal (Kemp &amp;
 * Olivan 2003, doi:10.1016/S1388-2457(03)00123-8, section 2.2).
 *
 * <p>A TAL is {@code +onset[0x15 duration]0x14[text 0x14]…0x00}: onset in seconds with a mandatory
 * sign, optional duration in seconds, zero or more UTF-8 texts each closed by byte 20, the whole closed
 * by byte 0; unused bytes of the signal are 0. The first TAL of each data record, with an empty first
 * text, is the record's time-keeping TAL: its onset is the record's start.
 */
final class EdfAnnotations {

    private static final byte TEXT_END = 0x14;
    private static final byte DURATION_MARK = 0x15;
    private static final Pattern ONSET = Pattern.compile("[+-](\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DURATION = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

    /** One TAL: onset and duration in seconds (duration 0 when absent) and its texts. */
    record Tal(double onset, double duration, List<String> texts) {
    }

    private EdfAnnotations() {
    }

    /**
     * The TALs in {@code b[0, length)}.
     *
     * @param offset the file offset of {@code b[0]}, for messages
     * @throws org.avrs.core.InvalidInputException naming the byte offset of a malformed TAL
     */
    static List<Tal> parse(BinarySource src, byte[] b, int length, long offset) {
        List<Tal> tals = new ArrayList<>();
        int p = 0;
        while (p < length) {
            if (b[p] == 0) {
                p++;
                continue;
            }
            int q = p + 1;
            while (q < length && b[q] != TEXT_END && b[q] != DURATION_MARK && b[q] != 0) {
                q++;
            }
            double onset = number(src, b, p, q, length, ONSET, "onset", offset);
            double duration = 0;
            if (b[q] == DURATION_MARK) {
                int r = q + 1;
                while (r < length && b[r] != TEXT_END && b[r] != 0) {
                    r++;
                }
                duration = number(src, b, q + 1, r, length, DURATION, "duration", offset);
                q = r;
            }
            List<String> texts = new ArrayList<>();
            p = q + 1;
            while (true) {
                if (p >= length) {
                    throw src.error("EDF+ annotation (TAL)", offset + p, "not closed by a 0 byte");
                }
                if (b[p] == 0) {
                    break;
                }
                int r = p;
                while (r < length && b[r] != TEXT_END && b[r] != 0) {
                    r++;
                }
                if (r >= length || b[r] == 0) {
                    throw src.error("EDF+ annotation text", offset + p, "not closed by byte 20");
                }
                texts.add(new String(b, p, r - p, StandardCharsets.UTF_8));
                p = r + 1;
            }
            tals.add(new Tal(onset, duration, texts));
        }
        return tals;
    }

    /** Parses b[from, to) as a number that must be followed by byte 20 (or 21 after an onset). */
    private static double number(BinarySource src, byte[] b, int from, int to, int length, Pattern form,
                                 String what, long offset) {
        String s = new String(b, from, to - from, StandardCharsets.US_ASCII);
        if (to >= length || b[to] == 0 || !form.matcher(s).matches()) {
            throw src.error("EDF+ annotation " + what, offset + from, "'" + printable(s)
                    + "' is not a signed number closed by byte 20 or 21");
        }
        double x = Double.parseDouble(s);
        if (!Double.isFinite(x)) {
            throw src.error("EDF+ annotation " + what, offset + from, "'" + s + "' is out of range");
        }
        return x;
    }

    private static String printable(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
