package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.MatlabType;

/**
 * Property-based fuzzing: valid files of each reader, mutated by bit flips, truncation, random 32-bit
 * values over header fields and random numeric text over EDF's ASCII fields. Whatever comes in, a
 * reader must return a valid result or throw {@link InvalidInputException} naming the source — no
 * other exception — and must not allocate more than a small multiple of the input's size (measured
 * with the JVM's per-thread allocation counter), however large the sizes the header claims.
 *
 * <p>Tries per property: {@code jqwik.tries.default} (500, src/test/resources/junit-platform.properties).
 */
class ReaderFuzzTest {

    /** Allocation allowed per input byte (doubles are 8 bytes per 1-byte sample at worst) plus a fixed slack. */
    private static final long BYTES_PER_INPUT_BYTE = 64;
    private static final long SLACK = 16L << 20;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static void assertSafe(byte[] file, Function<BinarySource, Object> reader) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            Object result = reader.apply(BinarySource.of("fuzz", file));
            assertThat(result).isNotNull();
            Statistics.collect("read");
        } catch (InvalidInputException e) {
            assertThat(e.source()).isEqualTo("fuzz");
            assertThat(e.getMessage()).startsWith("fuzz: ");
            Statistics.collect("InvalidInputException");
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated reading a %d-byte input", file.length)
                .isLessThan(BYTES_PER_INPUT_BYTE * file.length + SLACK);
    }

    // ---- properties, one per reader

    @Property
    void wavReader(@ForAll("wavFiles") byte[] file) {
        assertSafe(file, WavReader::read);
    }

    @Property
    void edfReader(@ForAll("edfFiles") byte[] file) {
        assertSafe(file, EdfReader::read);
    }

    @Property
    void matReaderOnEveryVariable(@ForAll("matFiles") byte[] file) {
        assertSafe(file, src -> {
            MatReader mat = MatReader.open(src);
            for (MatReader.Variable v : mat.variables()) {
                if (!v.matlabClass().equals("char") && !v.matlabClass().equals("struct")) {
                    mat.numeric(v.name());
                }
            }
            return mat;
        });
    }

    @Property
    void deapReader(@ForAll("deapFiles") byte[] file) {
        assertSafe(file, DeapReader::read);
    }

    @Property
    void seedReader(@ForAll("seedFiles") byte[] file) {
        assertSafe(file, SeedReader::read);
    }

    @Property
    void csvReader(@ForAll("csvFiles") byte[] file) {
        assertSafe(file, src -> CsvSignalReader.read(src, CsvSignalReader.Config.of(100)));
    }

    // ---- valid seeds

    private static List<byte[]> wavSeeds() {
        Signal s = Signal.of(8000, new double[] {0.1, -0.2, 0.3, -0.4, 0.5}, new double[] {1, -1, 0, 0.25, -0.25});
        return List.of(TestFiles.resource("io/wav/pcm_s16_stereo.wav"), TestFiles.resource("io/wav/pcm_u8_mono.wav"),
                TestFiles.resource("io/wav/pcm_s24_3ch.wav"), TestFiles.resource("io/wav/float64_mono.wav"),
                TestFiles.resource("io/wav/ext_pcm24in32_3ch.wav"), TestFiles.resource("io/wav/ext_float32_mono.wav"),
                WavWriter.toBytes(s, WavFormat.Encoding.FLOAT32));
    }

    private static List<byte[]> edfSeeds() {
        byte[] bdf = EdfBytes.bdf().reserved("BDF+C").records(3)
                .channel("A", "uV", -300, 300, -8388608, 8388607, 6, (r, j) -> (r * 6 + j) * 100_000 - 500_000)
                .channel("B", "uV", -1, 1, -100, 100, 2, (r, j) -> r - j)
                .annotations(8, r -> "+" + r + "\u0014\u0014\u0000+" + r + ".5\u00150.1\u0014x\u0014\u0000").build();
        return List.of(EdfBytes.sample().build(), bdf);
    }

    private static List<byte[]> matSeeds() {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("x", MatFiles.matrix(new int[] {3, 4}, i -> i[0] - i[1] / 3.0));
        mat.addArray("k", MatFiles.matrix(new int[] {2, 2}, MatlabType.Int8, i -> i[0] - i[1]));
        mat.addArray("name", Mat5.newString("abc"));
        return List.of(MatFiles.bytes(mat, false), MatFiles.bytes(mat, true));
    }

    private static List<byte[]> deapSeeds() {
        return List.of(MatFiles.deap(2, 40, 3, false), MatFiles.deap(2, 40, 3, true));
    }

    private static List<byte[]> seedSeeds() {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("ab_eeg1", MatFiles.matrix(new int[] {62, 3}, i -> i[0] + i[1]));
        mat.addArray("ab_eeg2", MatFiles.matrix(new int[] {62, 2}, i -> i[0] - i[1]));
        return List.of(MatFiles.bytes(mat, false), MatFiles.bytes(mat, true));
    }

    private static List<byte[]> csvSeeds() {
        return List.of("ECG,EDA,RSP\n0.1,13.2,0.7\n-0.2,13.3,0.8\n0.05,13.1,0.75\n".getBytes(StandardCharsets.UTF_8),
                "\"a\";\"b\"\r\n1e-3;2\r\n3;4\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> wavFiles() {
        return mutants(wavSeeds(), 64);
    }

    @Provide
    Arbitrary<byte[]> edfFiles() {
        return mutants(edfSeeds(), 1024);
    }

    @Provide
    Arbitrary<byte[]> matFiles() {
        return mutants(matSeeds(), 256);
    }

    @Provide
    Arbitrary<byte[]> deapFiles() {
        return mutants(deapSeeds(), 256);
    }

    @Provide
    Arbitrary<byte[]> seedFiles() {
        return mutants(seedSeeds(), 256);
    }

    @Provide
    Arbitrary<byte[]> csvFiles() {
        return mutants(csvSeeds(), 64);
    }

    // ---- mutations

    /** A seed mutated one of four ways; {@code header} is how many leading bytes count as header. */
    private static Arbitrary<byte[]> mutants(List<byte[]> seeds, int header) {
        return Arbitraries.of(seeds).flatMap(b -> Arbitraries.oneOf(
                bitFlips(b), truncation(b), int32Over(b, Math.min(header, b.length)), asciiNumberOver(b,
                        Math.min(header, b.length)), truncation(b).flatMap(ReaderFuzzTest::bitFlips)));
    }

    private static Arbitrary<byte[]> bitFlips(byte[] b) {
        if (b.length == 0) {
            return Arbitraries.just(b);
        }
        return Arbitraries.integers().between(0, 8 * b.length - 1).list().ofMinSize(1).ofMaxSize(8).map(bits -> {
            byte[] c = b.clone();
            for (int bit : bits) {
                c[bit / 8] ^= (byte) (1 << (bit % 8));
            }
            return c;
        });
    }

    private static Arbitrary<byte[]> truncation(byte[] b) {
        return Arbitraries.integers().between(0, b.length - 1).map(n -> Arrays.copyOf(b, n));
    }

    /** A random 32-bit value (edge cases included: 0, ±1, MIN, MAX) at a random header offset, either byte order. */
    private static Arbitrary<byte[]> int32Over(byte[] b, int header) {
        return Combinators.combine(Arbitraries.integers().between(0, Math.max(0, header - 4)), Arbitraries.integers(),
                Arbitraries.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)).as((off, v, order) -> {
                    byte[] c = b.clone();
                    if (c.length >= off + 4) {
                        ByteBuffer.wrap(c).order(order).putInt(off, v);
                    }
                    return c;
                });
    }

    /** Random numeric-looking text (digits, signs, points, exponents, spaces) over a random header offset. */
    private static Arbitrary<byte[]> asciiNumberOver(byte[] b, int header) {
        Arbitrary<String> text = Arbitraries.strings().withChars("0123456789+-.eE ").ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(Arbitraries.integers().between(0, Math.max(0, header - 1)), text).as((off, t) -> {
            byte[] c = b.clone();
            byte[] tb = t.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(tb, 0, c, off, Math.min(tb.length, c.length - off));
            return c;
        });
    }
}
