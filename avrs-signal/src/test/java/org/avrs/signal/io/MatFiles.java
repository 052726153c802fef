package org.avrs.signal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sink;
import us.hebi.matlab.mat.types.Sinks;

/** Synthetic MAT v5 files written with MFL's writer, for tests. */
final class MatFiles {

    private MatFiles() {
    }

    /** A double matrix whose element at the given 0-based subscripts is {@code f(subscripts)}. */
    static Matrix matrix(int[] dims, ToDoubleFunction<int[]> f) {
        return matrix(dims, MatlabType.Double, f);
    }

    static Matrix matrix(int[] dims, MatlabType type, ToDoubleFunction<int[]> f) {
        Matrix m = Mat5.newMatrix(dims, type);
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            m.setDouble(i, f.applyAsDouble(MatReader.subscripts(i, dims)));
        }
        return m;
    }

    /**
     * The file's bytes.
     *
     * @param compressed miCOMPRESSED elements (MATLAB -v7 default) or plain miMATRIX ones (-v6)
     */
    static byte[] bytes(Mat5File mat, boolean compressed, ByteOrder order) {
        ByteBuffer buf = ByteBuffer.allocate((int) (2 * mat.getUncompressedSerializedSize() + 4096));
        try {
            Sink sink = Sinks.wrap(buf).order(order);
            Mat5.newWriter(sink).setDeflateLevel(compressed ? 6 : java.util.zip.Deflater.NO_COMPRESSION).writeMat(mat);
            return Arrays.copyOf(buf.array(), (int) sink.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Mat5File mat, boolean compressed) {
        return bytes(mat, compressed, ByteOrder.LITTLE_ENDIAN);
    }

    /** A synthetic DEAP participant file: data(t, c, s) = 1000 t + c + s / 1000, labels(t, k) = 1 + t + k / 10. */
    static byte[] deap(int trials, int channels, int samples, boolean compressed) {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("data", matrix(new int[] {trials, channels, samples}, i -> 1000 * i[0] + i[1] + i[2] / 1000.0));
        mat.addArray("labels", matrix(new int[] {trials, 4}, i -> 1 + i[0] + i[1] / 10.0));
        return bytes(mat, compressed);
    }
}
