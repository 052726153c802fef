package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrs.signal.io.TestFiles.head;
import static org.avrs.signal.io.TestFiles.resource;
import static org.avrs.signal.io.TestFiles.source;
import static org.avrs.signal.io.TestFiles.withInt;
import static org.avrs.signal.io.TestFiles.withShort;
import static org.avrs.signal.io.TestFiles.withText;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WavReaderTest {

    /**
     * Files written by scipy.io.wavfile.write, Python's wave module and hand-packed struct bytes
     * (tools/golden/signal_io_wav.py); expected values are v / 2^(n-1) computed by numpy. Integer formats
     * must match exactly (the scaling is a power of two); floats are stored as float32/float64 and also
     * compared exactly.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pcm_u8_mono.wav", "pcm_s16_stereo.wav", "pcm_s24_3ch.wav", "pcm_s32_mono.wav",
        "float32_stereo.wav", "float64_mono.wav", "ext_pcm24in32_3ch.wav", "ext_float32_mono.wav"})
    void readsFilesOfOtherWritersExactly(String file) {
        JsonNode expected = Golden.load("io/wav/expected.json").get(file);
        Signal s = WavReader.read(source(file, resource("io/wav/" + file)));

        assertThat(s.sampleRate()).isEqualTo(expected.get("rate").asDouble());
        List<String> names = new ArrayList<>();
        expected.get("names").forEach(n -> names.add(n.asText()));
        assertThat(s.channelNames()).isEqualTo(names);
        double[][] values = Golden.matrix(expected.get("values"));
        assertThat(s.channelCount()).isEqualTo(values.length);
        for (int c = 0; c < values.length; c++) {
            assertThat(s.channel(c)).as("channel %d", c).containsExactly(values[c]);
        }
        assertThat(s.units()).allMatch(String::isEmpty);
    }

    @Test
    void integerScalingCoversMinusOneToJustBelowOne() {
        Signal s = WavReader.read(source("s16", resource("io/wav/pcm_s16_stereo.wav")));
        assertThat(s.get(0, 0)).isEqualTo(-1.0);
        assertThat(s.get(0, 1)).isEqualTo(32767 / 32768.0);
        Signal u8 = WavReader.read(source("u8", resource("io/wav/pcm_u8_mono.wav")));
        assertThat(u8.get(0, 0)).isEqualTo(-1.0);
        assertThat(u8.get(0, 1)).isEqualTo(127 / 128.0);
    }

    @Test
    void readFormatReportsTheHeaderOnly() {
        WavFormat f = WavReader.readFormat(source("x", resource("io/wav/ext_pcm24in32_3ch.wav")));
        assertThat(f).isEqualTo(new WavFormat(WavFormat.Encoding.PCM_S32, 3, 32000, 24, 0x0B));
        assertThat(f.blockAlign()).isEqualTo(12);
    }

    @Test
    void readsFromAPathAndAStream() throws IOException {
        byte[] b = resource("io/wav/pcm_s16_stereo.wav");
        Path tmp = Files.createTempFile("avrs", ".wav");
        try {
            Files.write(tmp, b);
            Signal fromPath = WavReader.read(tmp);
            Signal fromStream = WavReader.read(BinarySource.fromStream("upload.wav", new java.io.ByteArrayInputStream(b), 1000));
            assertThat(fromPath.toArray()).isDeepEqualTo(fromStream.toArray());
        } finally {
            Files.delete(tmp);
        }
    }

    // ---- hostile files: each gives InvalidInputException naming the file and the field/offset

    private static byte[] valid() {
        return resource("io/wav/pcm_s16_stereo.wav"); // canonical 44-byte header, data at 36..
    }

    private static void assertInvalid(byte[] bytes, String... words) {
        assertThatThrownBy(() -> WavReader.read(source("bad.wav", bytes)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("bad.wav: ")
                .hasMessageContainingAll(words);
    }

    @Test
    void emptyFile() {
        assertInvalid(new byte[0], "empty");
    }

    @Test
    void truncatedHeaderAndData() {
        assertInvalid(head(valid(), 10), "RIFF header", "byte 0", "truncated");
        assertInvalid(head(valid(), 40), "RIFF size field", "byte 4", "truncated");
        byte[] cut = withInt(head(valid(), 100), 4, 92); // RIFF size fixed up, data chunk still claims 148
        assertInvalid(cut, "chunk 'data'", "byte 40", "claims 148");
    }

    @Test
    void wrongMagic() {
        assertInvalid(withText(valid(), 0, "RIFX"), "wrong magic", "byte 0");
        assertInvalid(withText(valid(), 8, "AVI "), "wrong magic");
    }

    @Test
    void dataChunkClaimingFourGigabytesIsRejectedWithoutAllocating() {
        byte[] b = withInt(valid(), 40, -1); // data size 0xFFFFFFFF
        b = withInt(b, 4, -1);               // and a RIFF size to match
        assertInvalid(b, "RIFF size field", "4294967295");
        byte[] onlyData = withInt(valid(), 40, -2);
        assertInvalid(onlyData, "'data'", "byte 40", "4294967294");
    }

    @Test
    void zeroChannelsZeroRateAndBadBlockAlign() {
        assertInvalid(withShort(valid(), 22, 0), "'channels'", "byte 22", "at least one channel");
        assertInvalid(withInt(valid(), 24, 0), "'sampleRate'", "byte 24", "0 Hz");
        assertInvalid(withInt(valid(), 24, -1), "'sampleRate'", "4294967295 Hz"); // unsigned: no negative rates
        assertInvalid(withShort(valid(), 32, 3), "'blockAlign'", "byte 32");
        assertInvalid(withShort(valid(), 34, 12), "'bitsPerSample'", "12-bit PCM");
        assertInvalid(withShort(valid(), 20, 6), "'formatTag'", "A-law");
    }

    @Test
    void missingChunksAndPartialFrames() {
        byte[] noData = withText(valid(), 36, "junk");
        assertInvalid(noData, "'data' chunk", "missing");
        byte[] noFmt = withText(valid(), 12, "junk");
        assertInvalid(noFmt, "'data' chunk", "before any 'fmt '");
        byte[] partial = withInt(valid(), 40, 147); // not a multiple of 4-byte frames
        assertInvalid(partial, "'data' chunk size", "whole number");
    }

    @Test
    void nanAndInfinityInFloatSamples() {
        byte[] f = resource("io/wav/float32_stereo.wav"); // fmt 18 + fact 12: data samples start at 58
        int dataStart = 12 + 8 + 18 + 12 + 8;
        byte[] nan = f.clone();
        java.nio.ByteBuffer.wrap(nan).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(dataStart + 4 * 5, Float.NaN);
        assertInvalid(nan, "frame 2, channel 1", "byte " + (dataStart + 20), "NaN");
        byte[] inf = f.clone();
        java.nio.ByteBuffer.wrap(inf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(dataStart, Float.NEGATIVE_INFINITY);
        assertInvalid(inf, "frame 0, channel 0", "Infinity");
    }

    @Test
    void extensibleWithForeignSubformatGuid() {
        byte[] b = resource("io/wav/ext_float32_mono.wav");
        b[12 + 8 + 24 + 5] ^= 1; // a byte of the GUID tail
        assertInvalid(b, "sub-format GUID");
    }

    @Test
    void missingFileIsInvalidInputNamingIt() {
        assertThatThrownBy(() -> WavReader.read(Path.of("/no/such/dir/x.wav")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("x.wav").hasMessageContaining("no such file");
    }

    /** EmoDB copy: 535 files, each RIFF PCM16 mono 22 050 Hz, 44 100 samples (its README). */
    @Test
    void readsAllOfEmoDb() throws IOException {
        Path dir = SharedData.require("emodb").resolve("wav");
        JsonNode ref = Golden.load("io/wav/expected.json").get("_emodb_03a01Fa");
        int files = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.wav")) {
            for (Path p : ds) {
                Signal s = WavReader.read(p);
                assertThat(s.sampleRate()).isEqualTo(22050);
                assertThat(s.length()).isEqualTo(44100);
                assertThat(s.channelNames()).containsExactly("mono");
                files++;
                if (p.getFileName().toString().equals("03a01Fa.wav")) {
                    assertThat(s.channel(0)).startsWith(Golden.doubles(ref.get("first16")));
                    double sum = 0;
                    for (double x : s.channel(0)) {
                        sum += x * x;
                    }
                    assertThat(sum).isEqualTo(ref.get("sumsq").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
                }
            }
        }
        assertThat(files).isEqualTo(535);
    }
}
