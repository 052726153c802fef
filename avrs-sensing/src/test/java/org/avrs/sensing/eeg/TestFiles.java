package org.avrs.sensing.eeg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sink;
import us.hebi.matlab.mat.types.Sinks;

/** Writers of small test files: MAT (through MFL), EEGLAB .fdt, EDF+. */
final class TestFiles {

    private TestFiles() {
    }

    /** Writes a MAT file with MFL's default compression (miCOMPRESSED elements, as MATLAB's -v7). */
    static void mat(Path file, Mat5File mat) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteBuffer buf = ByteBuffer.allocate((int) (2 * mat.getUncompressedSerializedSize() + 4096));
            Sink sink = Sinks.wrap(buf);
            Mat5.newWriter(sink).writeMat(mat);
            Files.write(file, java.util.Arrays.copyOf(buf.array(), (int) sink.position()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rows × cols double matrix with element (r, c) = f(r, c). */
    static Matrix matrix(int rows, int cols, ToDoubleBiFunction<Integer, Integer> f) {
        Matrix m = Mat5.newMatrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.setDouble(r, c, f.applyAsDouble(r, c));
            }
        }
        return m;
    }

    /** A DEAP-layout file: data trials × 40 × samples (value = 10·sin(sample)), labels as given. */
    static void deap(Path file, int samples, double[][] labels) {
        int trials = labels.length;
        Matrix data = Mat5.newMatrix(new int[] {trials, 40, samples});
        for (int i = 0; i < data.getNumElements(); i++) {
            data.setDouble(i, 10 * Math.sin(i));
        }
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("data", data);
        mat.addArray("labels", matrix(trials, 4, (r, c) -> labels[r][c]));
        mat(file, mat);
    }

    /** 32-bit little-endian floats, channel fastest: x[sample][channel]. */
    static void fdt(Path file, float[][] x) {
        ByteBuffer b = ByteBuffer.allocate(4 * x.length * x[0].length).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] sample : x) {
            for (float v : sample) {
                b.putFloat(v);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-record-per-second EDF+C file: {@code channels} signals at {@code rate} Hz (16-bit, physical
     * ±3276.7 µV on digital ±32767, so 0.1 µV steps) with samples f(channel, sample), and an
     * "EDF Annotations" signal whose first record carries the given onsets and texts.
     */
    static void edf(Path file, List<String> channels, int rate, int seconds, ToDoubleBiFunction<Integer, Integer> f,
                    double[] onsets, String[] texts) {
        int ns = channels.size() + 1;
        StringBuilder tal = new StringBuilder("+0\u0014\u0014\u0000");
        for (int i = 0; i < onsets.length; i++) {
            tal.append(String.format(Locale.ROOT, "+%.3f\u0014%s\u0014\u0000", onsets[i], texts[i]));
        }
        int annotationSamples = Math.max(30, (tal.length() + 1) / 2 + 1);
        StringBuilder h = new StringBuilder();
        h.append(pad("0", 8)).append(pad("X X X X", 80)).append(pad("Startdate X X X X", 80))
                .append(pad("01.01.20", 8)).append(pad("00.00.00", 8)).append(pad(Integer.toString(256 * (ns + 1)), 8))
                .append(pad("EDF+C", 44)).append(pad(Integer.toString(seconds), 8)).append(pad("1", 8))
                .append(pad(Integer.toString(ns), 4));
        for (String c : channels) {
            h.append(pad(c, 16));
        }
        h.append(pad("EDF Annotations", 16));
        for (int i = 0; i < ns; i++) {
            h.append(pad("", 80));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad(i < ns - 1 ? "uV" : "", 8));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad(i < ns - 1 ? "-3276.7" : "-1", 8));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad(i < ns - 1 ? "3276.7" : "1", 8));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad("-32767", 8));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad("32767", 8));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad("", 80));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad(Integer.toString(i < ns - 1 ? rate : annotationSamples), 8));
        }
        for (int i = 0; i < ns; i++) {
            h.append(pad("", 32));
        }
        byte[] header = h.toString().getBytes(StandardCharsets.US_ASCII);
        int recordBytes = 2 * (rate * channels.size() + annotationSamples);
        ByteBuffer b = ByteBuffer.allocate(header.length + seconds * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(header);
        for (int r = 0; r < seconds; r++) {
            for (int c = 0; c < channels.size(); c++) {
                for (int i = 0; i < rate; i++) {
                    b.putShort((short) Math.round(f.applyAsDouble(c, r * rate + i) * 10));
                }
            }
            byte[] text = (r == 0 ? tal.toString() : String.format(Locale.ROOT, "+%d\u0014\u0014\u0000", r))
                    .getBytes(StandardCharsets.UTF_8);
            byte[] field = new byte[2 * annotationSamples];
            System.arraycopy(text, 0, field, 0, text.length);
            b.put(field);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pad(String s, int n) {
        return String.format(Locale.ROOT, "%-" + n + "s", s);
    }
}
