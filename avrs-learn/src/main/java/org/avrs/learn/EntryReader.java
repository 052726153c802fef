package org.avrs.learn;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.avrs.core.InvalidInputException;

/**
 * Reads the fields of one zip entry of a classifier file, big-endian as {@link java.io.DataOutputStream}
 * writes them. Every read is bounded: a field that runs past the end of the entry, a count outside its
 * range or a non-finite number raises an {@link InvalidInputException} naming the file, the entry and the
 * field, before any array of the declared size is allocated.
 */
final class EntryReader {

    private final ByteBuffer buf;
    private final String source;
    private final String entry;

    EntryReader(byte[] bytes, String source, String entry) {
        this.buf = ByteBuffer.wrap(bytes);
        this.source = source;
        this.entry = entry;
    }

    /** An int in [min, max]. */
    int integer(String field, int min, int max) {
        need(field, 1, 4);
        int v = buf.getInt();
        if (v < min || v > max) {
            throw error(field, "is " + v + ", must be in [" + min + ", " + max + "]");
        }
        return v;
    }

    /** {@code n} ints, each in [min, max]. */
    int[] integers(String field, int n, int min, int max) {
        need(field, n, 4);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = buf.getInt();
            if (out[i] < min || out[i] > max) {
                throw error(field, "value " + i + " is " + out[i] + ", must be in [" + min + ", " + max + "]");
            }
        }
        return out;
    }

    /** {@code n} finite doubles. */
    double[] finite(String field, long n) {
        need(field, n, 8);
        double[] out = new double[(int) n];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getDouble();
            if (!Double.isFinite(out[i])) {
                throw error(field, "value " + i + " is " + out[i] + ", must be finite");
            }
        }
        return out;
    }

    /** A short name as {@link java.io.DataOutputStream#writeUTF} writes it (ASCII names only). */
    String name(String field) {
        need(field, 1, 2);
        int length = Short.toUnsignedInt(buf.getShort());
        need(field, length, 1);
        byte[] b = new byte[length];
        buf.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Refuses {@code count} values of {@code width} bytes each that the rest of the entry cannot hold:
     * called before allocating what a size field declares, so an absurd size costs nothing.
     */
    void need(String field, long count, int width) {
        if (count < 0 || count > buf.remaining() / width) {
            throw error(field, "declares " + count + " values of " + width + " bytes but only " + buf.remaining()
                    + " bytes remain (truncated, or a size field is wrong)");
        }
    }

    /** The unread rest, for a payload in a format of its own. */
    InputStream rest() {
        return new ByteArrayInputStream(buf.array(), buf.position(), buf.remaining());
    }

    /** Refuses trailing bytes: a size field that undercounts would otherwise go unnoticed. */
    void end() {
        if (buf.hasRemaining()) {
            throw error("(end)", buf.remaining() + " bytes left over after the last field");
        }
    }

    InvalidInputException error(String field, String problem) {
        return new InvalidInputException(source, "entry " + entry + " field '" + field + "'", problem);
    }
}
