package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.Deflater;
import org.avrs.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.MatlabType;

class MatReaderTest {

    private static byte[] mixed(boolean compressed, ByteOrder order) {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("x", MatFiles.matrix(new int[] {2, 3, 4}, i -> i[0] + 10 * i[1] + 100 * i[2]));
        mat.addArray("s", MatFiles.matrix(new int[] {1, 5}, MatlabType.Single, i -> i[1] / 4.0));
        mat.addArray("k", MatFiles.matrix(new int[] {3, 1}, MatlabType.Int16, i -> -i[0] * 1000));
        mat.addArray("name", Mat5.newString("hello"));
        mat.addArray("st", Mat5.newStruct().set("a", Mat5.newScalar(1)));
        return MatFiles.bytes(mat, compressed, order);
    }

    private static MatReader open(byte[] b) {
        return MatReader.open(BinarySource.of("t.mat", b));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsNumericVariablesInColumnMajorOrder(boolean compressed) {
        byte[] b = mixed(compressed, ByteOrder.LITTLE_ENDIAN);
        assertThat(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(128)).isEqualTo(compressed ? 15 : 14);
        MatReader mat = open(b);
        assertThat(mat.variables()).containsExactly(
                new MatReader.Variable("x", "double", List.of(2, 3, 4)),
                new MatReader.Variable("s", "single", List.of(1, 5)),
                new MatReader.Variable("k", "int16", List.of(3, 1)),
                new MatReader.Variable("name", "char", List.of(1, 5)),
                new MatReader.Variable("st", "struct", List.of(1, 1)));
        MatReader.NumericArray x = mat.numeric("x");
        assertThat(x.dims()).containsExactly(2, 3, 4);
        assertThat(x.values()).hasSize(24);
        assertThat(x.values()[0]).isEqualTo(0);
        assertThat(x.values()[1]).isEqualTo(1);     // (1,0,0)
        assertThat(x.values()[2]).isEqualTo(10);    // (0,1,0)
        assertThat(x.values()[6]).isEqualTo(100);   // (0,0,1)
        assertThat(x.get(1, 2, 3)).isEqualTo(321);
        assertThat(mat.numeric("s").values()).containsExactly(0, 0.25, 0.5, 0.75, 1.0);
        assertThat(mat.numeric("k").values()).containsExactly(0, -1000, -2000);
    }

    @Test
    void readsBigEndianFiles() {
        MatReader mat = open(mixed(false, ByteOrder.BIG_ENDIAN));
        assertThat(mat.numeric("x").get(1, 2, 3)).isEqualTo(321);
        assertThat(open(mixed(true, ByteOrder.BIG_ENDIAN)).numeric("k").values()).containsExactly(0, -1000, -2000);
    }

    @Test
    void nonNumericAndMissingVariablesAreClearErrors() {
        MatReader mat = open(mixed(true, ByteOrder.LITTLE_ENDIAN));
        assertThatThrownBy(() -> mat.numeric("name")).isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll("t.mat", "is a char array", "numeric");
        assertThatThrownBy(() -> mat.numeric("st")).hasMessageContaining("is a struct array");
        assertThatThrownBy(() -> mat.numeric("nope")).isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll("'nope'", "missing", "[x, s, k, name, st]");
    }

    // ---- hostile files

    private static void assertInvalid(byte[] b, String variable, String... words) {
        assertThatThrownBy(() -> {
            MatReader m = open(b);
            if (variable != null) {
                m.numeric(variable);
            }
        }).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("t.mat: ").hasMessageContainingAll(words);
    }

    private static byte[] plain() {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("v", MatFiles.matrix(new int[] {2, 3}, i -> i[0] + i[1]));
        return MatFiles.bytes(mat, false);
    }

    @Test
    void emptyTruncatedAndForeignFiles() {
        assertInvalid(new byte[0], null, "empty");
        assertInvalid(TestFiles.head(plain(), 100), null, "MAT file header", "truncated");
        assertInvalid(TestFiles.head(plain(), plain().length - 3), null, "MAT element size", "byte 132", "truncated");
        assertInvalid(TestFiles.withText(plain(), 0, "MATLAB 7.3 MAT-file"), null, "v7.3", "HDF5");
        assertInvalid(TestFiles.withText(plain(), 0, "MATLAB 4.0"), null, "wrong magic");
        assertInvalid(TestFiles.withText(plain(), 126, "XX"), null, "endian indicator", "byte 126");
    }

    @Test
    void sizesBeyondTheFileAreRejectedBeforeAllocating() {
        assertInvalid(TestFiles.withInt(plain(), 132, Integer.MAX_VALUE), null, "claims 2147483647", "byte 132");
        assertInvalid(TestFiles.withInt(plain(), 128, 99), null, "type 99");
        // dimensions 2 × 3 rewritten to 2 × 300 000 000: the real part no longer matches (it holds 48 bytes)
        byte[] dims = TestFiles.withInt(plain(), 128 + 8 + 16 + 8 + 4, 300_000_000);
        assertInvalid(dims, "v", "real part of 'v'", "holds 48 bytes");
        // dimensions whose product exceeds a Java array
        byte[] huge = TestFiles.withInt(TestFiles.withInt(plain(), 128 + 8 + 16 + 8, 100_000), 128 + 8 + 16 + 8 + 4, 100_000);
        assertInvalid(huge, null, "dimensions", "exceed");
        // real part tag claiming 1 GB inside a small element
        byte[] real = TestFiles.withInt(plain(), 128 + 8 + 16 + 16 + 8 + 4, 1 << 30);
        assertInvalid(real, "v", "real part", "claims 1073741824");
        // zero-length root element
        assertInvalid(TestFiles.withInt(plain(), 132, 0), null, "cannot be empty");
    }

    /** A compressed element whose inner tag claims more than zlib can expand its bytes to (1032:1). */
    @Test
    void compressedBombClaimsAreRejected() {
        byte[] inner = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(14).putInt(2_000_000_000).array();
        Deflater d = new Deflater();
        d.setInput(inner);
        d.finish();
        byte[] z = new byte[64];
        int n = d.deflate(z);
        d.end();
        byte[] file = java.util.Arrays.copyOf(plain(), 128 + 8 + n);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(128, 15).putInt(132, n);
        System.arraycopy(z, 0, file, 136, n);
        assertInvalid(file, null, "compressed variable size", "claims 2000000000", "at most");
    }

    @Test
    void corruptCompressedData() {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("v", MatFiles.matrix(new int[] {20, 30}, i -> Math.sin(i[0] * i[1])));
        byte[] b = MatFiles.bytes(mat, true);
        byte[] flipped = b.clone();
        flipped[b.length - 40] ^= 0x55;
        assertInvalid(flipped, "v", "compressed");
        byte[] cut = TestFiles.withInt(TestFiles.head(b, b.length - 30), 132, b.length - 30 - 136);
        assertInvalid(cut, "v", "compressed data", "inflates to");
    }

    @Test
    void nanAndInfinityAreRejectedWithTheirSubscripts() {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("v", MatFiles.matrix(new int[] {2, 3}, i -> i[0] == 1 && i[1] == 2 ? Double.NaN : 0));
        mat.addArray("w", MatFiles.matrix(new int[] {1, 2}, i -> Double.NEGATIVE_INFINITY));
        byte[] b = MatFiles.bytes(mat, true);
        assertInvalid(b, "v", "variable 'v' element [1, 2]", "NaN");
        assertInvalid(b, "w", "element [0, 0]", "-Infinity");
    }
}
