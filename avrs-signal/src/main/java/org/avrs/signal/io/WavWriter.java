package org.avrs.signal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.avrs.core.Signal;
import org.avrs.core.io.AtomicFiles;

/**
 * Writes a {@link Signal} as a RIFF/WAVE file, 16-bit PCM or 32-bit IEEE float, channels interleaved
 * in signal order.
 *
 * <p>PCM16 quantises x to round(32768·x) clipped to [−32768, 32767] (the inverse of the reader's
 * v / 32768, so a read–write–read round trip is exact for PCM16 input); FLOAT32 stores (float) x and
 * adds the {@code fact} chunk the format requires for non-PCM data. Both use the plain (non-extensible)
 * format header with a 16- or 18-byte {@code fmt } chunk, which every reader accepts.
 */
public final class WavWriter {

    private static final int BLOCK_FRAMES = 1 << 14;

    private WavWriter() {
    }

    /**
     * Writes to a file: to a temporary sibling first, then moved into place, so a failed write leaves no
     * half-written file behind.
     */
    public static void write(Signal signal, WavFormat.Encoding encoding, Path path) throws IOException {
        AtomicFiles.write(path, out -> {
            OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            write(signal, encoding, buffered);
            buffered.flush();
        });
    }

    /** The WAV file's bytes. */
    public static byte[] toBytes(Signal signal, WavFormat.Encoding encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                64 + (long) signal.length() * signal.channelCount() * encoding.bytes()));
        try {
            write(signal, encoding, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * Writes the WAV bytes to a stream (not closed).
     *
     * @param encoding {@link WavFormat.Encoding#PCM_S16} or {@link WavFormat.Encoding#FLOAT32}
     * @throws IllegalArgumentException if the encoding is another one, the signal has no channel or more
     *     than 65535, its rate is not a whole number of Hz, or the data would exceed 4 GiB
     */
    public static void write(Signal signal, WavFormat.Encoding encoding, OutputStream out) throws IOException {
        boolean pcm = encoding == WavFormat.Encoding.PCM_S16;
        if (!pcm && encoding != WavFormat.Encoding.FLOAT32) {
            throw new IllegalArgumentException("encoding " + encoding + " cannot be written; use PCM_S16 or FLOAT32");
        }
        int ch = signal.channelCount();
        double rate = signal.sampleRate();
        if (ch < 1 || ch > 0xFFFF) {
            throw new IllegalArgumentException(ch + " channels: a WAV holds 1 to 65535");
        }
        if (rate != Math.rint(rate) || rate > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sample rate " + rate + " Hz: a WAV needs a whole number of Hz");
        }
        int frames = signal.length();
        int blockAlign = ch * encoding.bytes();
        long dataBytes = (long) frames * blockAlign;
        int fmtBytes = pcm ? 16 : 18;
        int factBytes = pcm ? 0 : 12;
        long riffSize = 4 + 8 + fmtBytes + factBytes + 8 + dataBytes; // dataBytes is even: no pad byte
        if (riffSize > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(dataBytes + " bytes of samples exceed the 4 GiB a WAV can hold");
        }
        ByteBuffer h = ByteBuffer.allocate((int) (riffSize - dataBytes) + 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        h.put(tag("RIFF")).putInt((int) riffSize).put(tag("WAVE"));
        h.put(tag("fmt ")).putInt(fmtBytes)
                .putShort((short) (pcm ? WavFormat.FORMAT_PCM : WavFormat.FORMAT_FLOAT)).putShort((short) ch)
                .putInt((int) rate).putInt((int) rate * blockAlign).putShort((short) blockAlign)
                .putShort((short) (8 * encoding.bytes()));
        if (!pcm) {
            h.putShort((short) 0); // cbSize
            h.put(tag("fact")).putInt(4).putInt(frames);
        }
        h.put(tag("data")).putInt((int) dataBytes);
        out.write(h.array(), 0, h.position());
        writeSamples(signal, pcm, blockAlign, out);
    }

    private static void writeSamples(Signal signal, boolean pcm, int blockAlign, OutputStream out) throws IOException {
        int ch = signal.channelCount();
        int frames = signal.length();
        ByteBuffer b = ByteBuffer.allocate(BLOCK_FRAMES * blockAlign).order(ByteOrder.LITTLE_ENDIAN);
        double[][] part = new double[ch][BLOCK_FRAMES];
        for (int f0 = 0; f0 < frames; f0 += BLOCK_FRAMES) {
            int n = Math.min(BLOCK_FRAMES, frames - f0);
            for (int c = 0; c < ch; c++) {
                signal.copyChannel(c, f0, part[c], 0, n);
            }
            b.clear();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < ch; c++) {
                    double x = part[c][i];
                    if (pcm) {
                        b.putShort((short) Math.max(-32768, Math.min(32767, Math.round(x * 32768))));
                    } else {
                        b.putFloat((float) x);
                    }
                }
            }
            out.write(b.array(), 0, b.position());
        }
    }

    private static byte[] tag(String fourCc) {
        return fourCc.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
