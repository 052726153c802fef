package org.avrs.signal.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.InvalidInputException;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sources;

/**
 * Reads numeric variables of MAT v5/v7 files (uncompressed or compressed; not v7.3/HDF5) through MFL
 * ({@code us.hebi.matlab.mat:mfl-core}), after {@link MatElements} has checked each variable's tags
 * against the bytes that exist. Layout readers ({@link DeapReader}, {@link SeedReader}) build on it.
 *
 * <p>Opening scans only the variables' headers (name, class, dimensions); {@link #numeric(String)}
 * then reads one variable's values.
 */
public final class MatReader {

    /** A variable's name, MATLAB class ("double", "single", "struct", …) and dimensions. */
    public record Variable(String name, String matlabClass, List<Integer> dims) {
    }

    /**
     * A real numeric array as doubles; each call of {@link #numeric} returns fresh arrays that the caller
     * owns (not copied again, as they can be large).
     *
     * @param dims MATLAB dimensions, e.g. [40, 40, 8064]
     * @param values all elements in MATLAB's column-major order: element (i, j, k) of an a × b × c array
     *     is at i + a·(j + b·k)
     */
    public record NumericArray(String name, int[] dims, double[] values) {

        /** The element at MATLAB subscripts (0-based), e.g. {@code get(trial, channel, sample)}. */
        public double get(int... subscripts) {
            int index = 0;
            int stride = 1;
            for (int d = 0; d < dims.length; d++) {
                int s = d < subscripts.length ? subscripts[d] : 0;
                if (s < 0 || s >= dims[d]) {
                    throw new IndexOutOfBoundsException("subscript " + s + " of dimension " + d + " (size " + dims[d] + ")");
                }
                index += s * stride;
                stride *= dims[d];
            }
            return values[index];
        }
    }

    private final BinarySource src;
    private final ByteOrder order;
    private final Map<String, MatElements.Entry> entries = new LinkedHashMap<>();

    private MatReader(BinarySource src, ByteOrder order, List<MatElements.Entry> found) {
        this.src = src;
        this.order = order;
        for (MatElements.Entry e : found) {
            entries.putIfAbsent(e.name(), e);
        }
    }

    /**
     * Scans a MAT file's variables. The source stays open and owned by the caller.
     *
     * @throws InvalidInputException if it is not a valid MAT v5 file
     */
    public static MatReader open(BinarySource src) {
        ByteOrder order = MatElements.fileHeader(src);
        return new MatReader(src, order, MatElements.scan(src, order));
    }

    /** The variables, in file order. */
    public List<Variable> variables() {
        List<Variable> out = new ArrayList<>();
        for (MatElements.Entry e : entries.values()) {
            out.add(new Variable(e.name(), e.className(), Arrays.stream(e.dims()).boxed().toList()));
        }
        return out;
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /**
     * Reads a real numeric variable (any MATLAB numeric class or logical) as doubles.
     *
     * @throws InvalidInputException if it is missing, not real numeric, malformed, or holds a NaN or infinity
     */
    public NumericArray numeric(String name) {
        MatElements.Entry e = entries.get(name);
        if (e == null) {
            throw new InvalidInputException(src.name(), "MAT variable '" + name + "'", "missing; the file has "
                    + entries.keySet());
        }
        byte[] file = MatElements.numericElement(src, order, e, MatElements.FILE_HEADER_BYTES);
        writeFileHeader(file);
        int n = (int) e.numel();
        double[] values = new double[n];
        try (Mat5File mat = Mat5.newReader(Sources.wrap(file)).readMat()) {
            Matrix m = mat.getMatrix(0);
            for (int i = 0; i < n; i++) {
                values[i] = m.getDouble(i);
            }
        } catch (IOException | RuntimeException ex) {
            throw new InvalidInputException(src.name(), "MAT variable '" + name + "' (element at byte " + e.offset() + ")",
                    "MFL cannot read it: " + ex.getMessage(), ex);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException(src.name(), "MAT variable '" + name + "' element "
                        + Arrays.toString(subscripts(i, e.dims())), "is " + values[i] + "; values must be finite");
            }
        }
        return new NumericArray(name, e.dims(), values);
    }

    /** A MAT v5 file header in front of a single element, so that MFL reads it as a file. */
    private void writeFileHeader(byte[] file) {
        byte[] text = "MATLAB 5.0 MAT-file, one variable re-framed by AVRS".getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(file, 0, 116, (byte) ' ');
        System.arraycopy(text, 0, file, 0, text.length);
        Arrays.fill(file, 116, 124, (byte) 0); // no subsystem
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        file[124] = (byte) (little ? 0x00 : 0x01);
        file[125] = (byte) (little ? 0x01 : 0x00);
        file[126] = (byte) (little ? 'I' : 'M');
        file[127] = (byte) (little ? 'M' : 'I');
    }

    /** Column-major linear index to 0-based subscripts. */
    static int[] subscripts(int index, int[] dims) {
        int[] s = new int[dims.length];
        for (int d = 0; d < dims.length; d++) {
            s[d] = index % dims[d];
            index /= dims[d];
        }
        return s;
    }
}
