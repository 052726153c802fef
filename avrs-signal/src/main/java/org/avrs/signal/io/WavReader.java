package org.avrs.signal.io;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;

/**
 * Reads RIFF/WAVE files: PCM 8 (unsigned), 16, 24, 32-bit integer and IEEE float 32/64, any number of
 * channels and any rate, plain or WAVE_FORMAT_EXTENSIBLE (PCM or float sub-format). Chunks other than
 * {@code fmt } and {@code data} (LIST, fact, cue, bext, …) are skipped, including the pad byte after
 * an odd-sized chunk. Samples are scaled to doubles as {@link WavFormat} documents (int16 / 32768 …);
 * the signal's unit is "" (full scale) and channel names come from {@link WavFormat#channelNames()}.
 *
 * <p>Strict about what the header claims: the RIFF size and every chunk must lie inside the file, the
 * data chunk must hold whole frames, and float samples must be finite; anything else is an
 * {@link InvalidInputException} naming the file, the field and its byte offset. Bytes after the RIFF
 * chunk (e.g. an appended tag) are ignored. RF64 (files over 4 GiB) is not supported.
 */
public final class WavReader {

    private static final int RIFF = 0x46464952; // "RIFF" read little-endian
    private static final int WAVE = 0x45564157;
    private static final int FMT = 0x20746d66;
    private static final int DATA = 0x61746164;
    private static final int MAX_FMT_BYTES = 1 << 16;
    private static final int BLOCK_BYTES = 1 << 20;

    private WavReader() {
    }

    /** Reads a WAV file. */
    public static Signal read(Path path) {
        try (BinarySource src = BinarySource.open(path)) {
            return read(src);
        }
    }

    /** Reads WAV bytes (a file or an upload). */
    public static Signal read(BinarySource src) {
        Layout layout = layout(src);
        WavFormat f = layout.format;
        long frames = layout.dataBytes / f.blockAlign();
        Limits.checkSamples(src.name(), "'data' chunk (byte " + layout.dataOffset + ")", frames, f.channels());
        double[][] out = new double[f.channels()][(int) frames];
        int framesPerBlock = Math.max(1, BLOCK_BYTES / f.blockAlign());
        for (long frame = 0; frame < frames; frame += framesPerBlock) {
            int n = (int) Math.min(framesPerBlock, frames - frame);
            long offset = layout.dataOffset + frame * f.blockAlign();
            decode(src.read(offset, n * f.blockAlign(), "'data' chunk"), f, out, (int) frame, n);
            if (f.encoding().isFloat()) {
                requireFinite(src, out, (int) frame, n, offset, f);
            }
        }
        return Signal.builder().sampleRate(f.sampleRate()).channelsOwned(out).names(f.channelNames()).unit("").build();
    }

    /** The sample format of a WAV file, without reading its samples. */
    public static WavFormat readFormat(BinarySource src) {
        return layout(src).format;
    }

    private record Layout(WavFormat format, long dataOffset, long dataBytes) {
    }

    private static Layout layout(BinarySource src) {
        if (src.size() == 0) {
            throw new InvalidInputException(src.name(), null, "empty file; expected a RIFF/WAVE header");
        }
        ByteBuffer head = src.read(0, 12, "RIFF header");
        if (head.getInt(0) != RIFF || head.getInt(8) != WAVE) {
            throw src.error("RIFF header", 0, "wrong magic: expected 'RIFF' … 'WAVE', found '" + ascii(head, 0)
                    + "' … '" + ascii(head, 8) + "'");
        }
        long riffSize = Integer.toUnsignedLong(head.getInt(4));
        if (riffSize < 4 || riffSize > src.size() - 8) {
            throw src.error("RIFF size field", 4, "claims " + riffSize + " bytes after it, but the file has "
                    + (src.size() - 8) + " (truncated?)");
        }
        long end = 8 + riffSize;
        WavFormat format = null;
        long pos = 12;
        while (pos + 8 <= end) {
            ByteBuffer h = src.read(pos, 8, "chunk header");
            int id = h.getInt(0);
            long size = Integer.toUnsignedLong(h.getInt(4));
            long body = pos + 8;
            if (size > end - body) {
                throw src.error("size field of chunk '" + ascii(h, 0) + "'", pos + 4, "claims " + size
                        + " bytes, but only " + (end - body) + " remain in the RIFF chunk (truncated?)");
            }
            if (id == FMT) {
                if (size > MAX_FMT_BYTES) {
                    throw src.error("'fmt ' chunk size", pos + 4, size + " bytes is not a format chunk");
                }
                format = WavFormat.parse(src, src.read(body, (int) size, "'fmt ' chunk"), body);
            } else if (id == DATA) {
                if (format == null) {
                    throw src.error("'data' chunk", pos, "comes before any 'fmt ' chunk");
                }
                if (size % format.blockAlign() != 0) {
                    throw src.error("'data' chunk size", pos + 4, size + " bytes is not a whole number of "
                            + format.blockAlign() + "-byte frames");
                }
                return new Layout(format, body, size);
            }
            pos = body + size + (size & 1);
        }
        throw src.error(format == null ? "'fmt ' chunk" : "'data' chunk", pos, "missing: the RIFF chunk ends at byte "
                + end + " without one");
    }

    /**
     * Deinterleaves {@code n} frames of {@code b} into {@code out[c][frame0 ...]}: one bulk copy into a
     * primitive array of the stored type, then one tight loop per channel.
     */
    private static void decode(ByteBuffer b, WavFormat f, double[][] out, int frame0, int n) {
        int ch = f.channels();
        int count = n * ch;
        switch (f.encoding()) {
            case PCM_U8 -> {
                byte[] v = new byte[count];
                b.get(0, v);
                for (int c = 0; c < ch; c++) {
                    double[] o = out[c];
                    for (int i = 0, k = c; i < n; i++, k += ch) {
                        o[frame0 + i] = ((v[k] & 0xFF) - 128) * (1.0 / 128);
                    }
                }
            }
            case PCM_S16 -> {
                short[] v = new short[count];
                b.asShortBuffer().get(0, v);
                if (ch == 1) { // unit stride: lets the JIT vectorise
                    double[] o = out[0];
                    for (int i = 0; i < n; i++) {
                        o[frame0 + i] = v[i] * (1.0 / 32768);
                    }
                    return;
                }
                for (int c = 0; c < ch; c++) {
                    double[] o = out[c];
                    for (int i = 0, k = c; i < n; i++, k += ch) {
                        o[frame0 + i] = v[k] * (1.0 / 32768);
                    }
                }
            }
            case PCM_S24 -> {
                byte[] v = new byte[3 * count];
                b.get(0, v);
                for (int c = 0; c < ch; c++) {
                    double[] o = out[c];
                    for (int i = 0, k = 3 * c; i < n; i++, k += 3 * ch) {
                        o[frame0 + i] = ((v[k] & 0xFF) | (v[k + 1] & 0xFF) << 8 | v[k + 2] << 16) * (1.0 / 8388608);
                    }
                }
            }
            case PCM_S32 -> {
                int[] v = new int[count];
                b.asIntBuffer().get(0, v);
                for (int c = 0; c < ch; c++) {
                    double[] o = out[c];
                    for (int i = 0, k = c; i < n; i++, k += ch) {
                        o[frame0 + i] = v[k] * (1.0 / 2147483648.0);
                    }
                }
            }
            case FLOAT32 -> {
                float[] v = new float[count];
                b.asFloatBuffer().get(0, v);
                for (int c = 0; c < ch; c++) {
                    double[] o = out[c];
                    for (int i = 0, k = c; i < n; i++, k += ch) {
                        o[frame0 + i] = v[k];
                    }
                }
            }
            case FLOAT64 -> {
                double[] v = new double[count];
                b.asDoubleBuffer().get(0, v);
                for (int c = 0; c < ch; c++) {
                    double[] o = out[c];
                    for (int i = 0, k = c; i < n; i++, k += ch) {
                        o[frame0 + i] = v[k];
                    }
                }
            }
        }
    }

    private static void requireFinite(BinarySource src, double[][] out, int frame0, int n, long offset, WavFormat f) {
        for (int c = 0; c < out.length; c++) {
            for (int i = frame0; i < frame0 + n; i++) {
                if (!Double.isFinite(out[c][i])) {
                    long at = offset + (long) (i - frame0) * f.blockAlign() + (long) c * f.encoding().bytes();
                    throw src.error("'data' sample (frame " + i + ", channel " + c + ")", at, "is " + out[c][i]
                            + "; samples must be finite");
                }
            }
        }
    }

    /** Four bytes at {@code at} as printable text, for messages. */
    static String ascii(ByteBuffer b, int at) {
        StringBuilder s = new StringBuilder();
        for (int i = at; i < at + 4 && i < b.limit(); i++) {
            int c = b.get(i) & 0xFF;
            s.append(c >= 32 && c < 127 ? (char) c : '?');
        }
        return s.toString();
    }
}
