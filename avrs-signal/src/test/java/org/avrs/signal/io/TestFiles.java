package org.avrs.signal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small helpers for tests that build or patch file bytes. */
final class TestFiles {

    private TestFiles() {
    }

    /** A test resource's bytes, e.g. "io/wav/pcm_s16_stereo.wav". */
    static byte[] resource(String path) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with a little-endian int written at {@code offset}. */
    static byte[] withInt(byte[] b, int offset, int value) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return c;
    }

    /** A copy with a little-endian short written at {@code offset}. */
    static byte[] withShort(byte[] b, int offset, int value) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putShort(offset, (short) value);
        return c;
    }

    /** A copy with ASCII text written at {@code offset}. */
    static byte[] withText(byte[] b, int offset, String text) {
        byte[] c = b.clone();
        byte[] t = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, c, offset, t.length);
        return c;
    }

    /** The first {@code n} bytes. */
    static byte[] head(byte[] b, int n) {
        return java.util.Arrays.copyOf(b, n);
    }

    static BinarySource source(String name, byte[] b) {
        return BinarySource.of(name, b);
    }
}
