package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.file.Path;
import org.avrs.core.InvalidInputException;
import org.avrs.signal.io.BinarySource;
import org.avrs.signal.io.MatReader;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Cell;
import us.hebi.matlab.mat.types.Char;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sources;
import us.hebi.matlab.mat.types.Struct;

/**
 * Reading MATLAB structs and cells (DREAMER, EEGLAB .set) through MFL, with errors that name the file
 * and the field path ({@code DREAMER.Data(3).EEG.stimuli{5}}) instead of a ClassCastException.
 *
 * <p>Before MFL parses a file, {@link MatReader#open} checks it: a MAT v5 header, and every root
 * variable's size within the bytes that exist (a compressed one within zlib's 1032:1 maximum), so a
 * truncated or foreign file is refused with a clear error. MFL then trusts the sizes nested inside a
 * variable; they are bounded by the variable's own checked size, but MFL allocates them before reading.
 */
final class MatStructs {

    private MatStructs() {
    }

    /**
     * Parses a whole MAT v5/v7 file after {@link MatReader}'s checks.
     *
     * @throws InvalidInputException if the file is missing, not MAT v5/v7, or MFL cannot parse it
     */
    static Mat5File read(Path file) {
        try (BinarySource src = BinarySource.open(file)) {
            MatReader.open(src);
        }
        try {
            return Mat5.newReader(Sources.openFile(file.toFile())).readMat();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file.toString(), null, "MFL cannot parse the MAT file: " + e.getMessage(), e);
        }
    }

    /** A root variable, which must exist. */
    static Array root(Mat5File mat, String name, Path file) {
        for (var entry : mat.getEntries()) {
            if (entry.getName().equals(name)) {
                return entry.getValue();
            }
        }
        throw new InvalidInputException(file.toString(), "MAT variable '" + name + "'", "missing");
    }

    /** Whether the file has a root variable of that name. */
    static boolean has(Mat5File mat, String name) {
        for (var entry : mat.getEntries()) {
            if (entry.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Element {@code index} (column-major) of a struct array's field. */
    static Array field(Array struct, String path, String field, int index, Path file) {
        Struct s = as(Struct.class, struct, path, "a struct", file);
        if (!s.getFieldNames().contains(field)) {
            throw new InvalidInputException(file.toString(), path, "has no field '" + field + "'; fields are "
                    + s.getFieldNames());
        }
        if (index < 0 || index >= s.getNumElements()) {
            throw new InvalidInputException(file.toString(), path, "has " + s.getNumElements() + " elements; element "
                    + (index + 1) + " was asked for");
        }
        return s.get(field, index);
    }

    /** Element {@code index} of an array that is a cell array or a struct array (read as its element). */
    static Array element(Array cellOrStruct, int index, String path, Path file) {
        if (cellOrStruct instanceof Cell c) {
            if (index < 0 || index >= c.getNumElements()) {
                throw new InvalidInputException(file.toString(), path, "has " + c.getNumElements() + " cells; cell "
                        + (index + 1) + " was asked for");
            }
            return c.get(index);
        }
        return cellOrStruct;
    }

    static Matrix matrix(Array a, String path, Path file) {
        return as(Matrix.class, a, path, "a numeric array", file);
    }

    static Cell cell(Array a, String path, Path file) {
        return as(Cell.class, a, path, "a cell array", file);
    }

    /** A char array as a string, or a numeric scalar as its text (EEGLAB event types may be either). */
    static String text(Array a, String path, Path file) {
        if (a instanceof Char c) {
            return c.getString().strip();
        }
        if (a instanceof Matrix m && m.getNumElements() == 1) {
            double v = m.getDouble(0);
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
        throw new InvalidInputException(file.toString(), path, "is " + describe(a) + "; expected text");
    }

    /** A finite numeric scalar. */
    static double scalar(Array a, String path, Path file) {
        Matrix m = matrix(a, path, file);
        if (m.getNumElements() != 1) {
            throw new InvalidInputException(file.toString(), path, "has " + m.getNumElements()
                    + " elements; expected one number");
        }
        double v = m.getDouble(0);
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(file.toString(), path, "is " + v + "; expected a finite number");
        }
        return v;
    }

    private static <T extends Array> T as(Class<T> type, Array a, String path, String what, Path file) {
        if (!type.isInstance(a)) {
            throw new InvalidInputException(file.toString(), path, "is " + describe(a) + "; expected " + what);
        }
        return type.cast(a);
    }

    private static String describe(Array a) {
        if (a == null) {
            return "missing";
        }
        return a.getType() + " " + java.util.Arrays.toString(a.getDimensions());
    }
}
