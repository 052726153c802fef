package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {

    private static Signal stereo() {
        double[] l = {-1.0, -0.5, 0, 0.25, 32767 / 32768.0, 1.0, 2.0, -3.0, 1e-6, -1.6e-5};
        double[] r = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, -0.9};
        return Signal.builder().sampleRate(16000).channels(l, r).names(List.of("left", "right")).build();
    }

    /** The canonical 44-byte PCM header (RIFF, fmt of 16 bytes, data), checked field by field. */
    @Test
    void pcm16HeaderIsTheCanonicalOne() {
        byte[] b = WavWriter.toBytes(stereo(), WavFormat.Encoding.PCM_S16);
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b).hasSize(44 + 10 * 4);
        assertThat(new String(b, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(h.getInt(4)).isEqualTo(b.length - 8);
        assertThat(new String(b, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
        assertThat(h.getInt(16)).isEqualTo(16);
        assertThat(h.getShort(20)).isEqualTo((short) 1);
        assertThat(h.getShort(22)).isEqualTo((short) 2);
        assertThat(h.getInt(24)).isEqualTo(16000);
        assertThat(h.getInt(28)).isEqualTo(64000);
        assertThat(h.getShort(32)).isEqualTo((short) 4);
        assertThat(h.getShort(34)).isEqualTo((short) 16);
        assertThat(new String(b, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        assertThat(h.getInt(40)).isEqualTo(40);
        // interleaved L R; round(32768 x) clipped to [-32768, 32767]
        assertThat(h.getShort(44)).isEqualTo((short) -32768);
        assertThat(h.getShort(46)).isEqualTo((short) Math.round(0.1 * 32768));
        assertThat(h.getShort(44 + 4 * 5)).isEqualTo((short) 32767); // 1.0 clips
        assertThat(h.getShort(44 + 4 * 6)).isEqualTo((short) 32767); // 2.0 clips
        assertThat(h.getShort(44 + 4 * 7)).isEqualTo((short) -32768);
        assertThat(h.getShort(44 + 4 * 9)).isEqualTo((short) -1); // round(-0.524…) = -1
    }

    @Test
    void pcm16RoundTripIsQuantisationExactly() {
        Signal s = stereo();
        Signal back = WavReader.read(BinarySource.of("rt.wav", WavWriter.toBytes(s, WavFormat.Encoding.PCM_S16)));
        assertThat(back.channelNames()).containsExactly("left", "right");
        assertThat(back.sampleRate()).isEqualTo(16000);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < s.length(); i++) {
                double q = Math.max(-32768, Math.min(32767, Math.round(s.get(c, i) * 32768))) / 32768.0;
                assertThat(back.get(c, i)).isEqualTo(q);
            }
        }
        // and a second write of what was read is byte-identical (PCM16 values are fixed points)
        assertThat(WavWriter.toBytes(back, WavFormat.Encoding.PCM_S16))
                .isEqualTo(WavWriter.toBytes(s, WavFormat.Encoding.PCM_S16));
    }

    @Test
    void float32RoundTripKeepsFloatValuesAndWritesFact() {
        Signal s = stereo();
        byte[] b = WavWriter.toBytes(s, WavFormat.Encoding.FLOAT32);
        assertThat(new String(b, 38, 4, StandardCharsets.US_ASCII)).isEqualTo("fact");
        Signal back = WavReader.read(BinarySource.of("f.wav", b));
        for (int i = 0; i < s.length(); i++) {
            assertThat(back.get(0, i)).isEqualTo((double) (float) s.get(0, i));
        }
        assertThat(WavReader.readFormat(BinarySource.of("f.wav", b)).encoding()).isEqualTo(WavFormat.Encoding.FLOAT32);
    }

    @Test
    void emptySignalGivesAValidEmptyFile() {
        Signal empty = Signal.of(8000, new double[0]);
        byte[] b = WavWriter.toBytes(empty, WavFormat.Encoding.PCM_S16);
        assertThat(b).hasSize(44);
        assertThat(WavReader.read(BinarySource.of("e.wav", b)).length()).isZero();
    }

    @Test
    void writesAFileAtomically(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("out.wav");
        WavWriter.write(stereo(), WavFormat.Encoding.PCM_S16, p);
        assertThat(WavReader.read(p).length()).isEqualTo(10);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(p); // no temporary left behind
        }
    }

    @Test
    void rejectsWhatAWavCannotHold() {
        Signal fractional = Signal.of(100.5, new double[] {0});
        assertThatThrownBy(() -> WavWriter.toBytes(fractional, WavFormat.Encoding.PCM_S16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.5");
        assertThatThrownBy(() -> WavWriter.toBytes(stereo(), WavFormat.Encoding.PCM_S24))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PCM_S16 or FLOAT32");
        // A signal of zero channels cannot exist (Signal refuses it), so the writer never meets one.
        assertThatThrownBy(() -> Signal.builder().sampleRate(8000).channels().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one channel");
    }
}
