package org.avrs.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.avrs.core.InvalidInputException;
import org.avrs.core.io.AtomicFiles;
import org.avrs.deep.block.NetworkConfig;
import org.avrs.deep.io.Json;
import org.avrs.deep.io.RecordJson;

/**
 * The AVRS deep-model file format, version {@value #FORMAT_VERSION}. All integers big-endian.
 *
 * <pre>
 * offset 0   8 bytes  magic "AVRSDEEP"
 * offset 8   int32    H, the header length in bytes (1 ≤ H ≤ 1 MiB)
 * offset 12  H bytes  UTF-8 JSON header:
 *                     {"format": "avrs-deep-model", "formatVersion": 1,
 *                      "architecture": "crnn", "config": {…the NetworkConfig record…},
 *                      "sampleShape": [1, 298, 43], "labels": ["anger", …],
 *                      "pipeline": "…the caller's pipeline JSON, as a string…",
 *                      "parameters": {"tensors": 42, "values": 123456},
 *                      "engine": "DJL 0.36.0, PyTorch 2.7.1"}
 * then, per parameter in the block's order:
 *            modified-UTF-8 name (uint16 length + bytes, as DataOutput.writeUTF),
 *            int32 rank, rank × int64 dimensions, then the float32 values row-major
 * last       int32    CRC-32 of every byte before it
 * </pre>
 *
 * Reading rebuilds the network from the header's architecture and configuration, then requires
 * each stored parameter to have exactly the name and shape the rebuilt network expects, so a
 * corrupt header can never make the reader allocate more than the network's real size.
 */
public final class ModelFile {

    /** The version this build writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    static final String FORMAT_NAME = "avrs-deep-model";
    private static final byte[] MAGIC = "AVRSDEEP".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 1 << 20;

    private ModelFile() {
    }

    static void write(DeepClassifier c, Path file) {
        try {
            AtomicFiles.write(file, out -> writeTo(c, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model file " + file, e);
        }
    }

    private static void writeTo(DeepClassifier c, OutputStream raw) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw), new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        byte[] header = Json.write(header(c)).getBytes(StandardCharsets.UTF_8);
        out.write(MAGIC);
        out.writeInt(header.length);
        out.write(header);
        for (Pair<String, Parameter> p : c.block().getParameters()) {
            writeParameter(out, p.getKey(), p.getValue().getArray());
        }
        out.writeInt((int) checked.getChecksum().getValue());
        out.flush();
    }

    private static Map<String, Object> header(DeepClassifier c) {
        long tensors = 0;
        long values = 0;
        for (Pair<String, Parameter> p : c.block().getParameters()) {
            tensors++;
            values += p.getValue().getArray().size();
        }
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("format", FORMAT_NAME);
        h.put("formatVersion", FORMAT_VERSION);
        h.put("architecture", c.config().architecture());
        h.put("config", RecordJson.toJson((Record) c.config()));
        h.put("sampleShape", Arrays.stream(c.sampleShape()).boxed().toList());
        h.put("labels", c.labels());
        h.put("pipeline", c.pipeline());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("tensors", tensors);
        counts.put("values", values);
        h.put("parameters", counts);
        h.put("engine", DeepEngine.describe());
        return h;
    }

    private static void writeParameter(DataOutputStream out, String name, NDArray array) throws IOException {
        if (array.getDataType() != DataType.FLOAT32) {
            throw new IllegalStateException("parameter " + name + " is " + array.getDataType() + ", expected float32");
        }
        out.writeUTF(name);
        long[] dims = array.getShape().getShape();
        out.writeInt(dims.length);
        for (long d : dims) {
            out.writeLong(d);
        }
        float[] values = array.toFloatArray();
        ByteBuffer buf = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        buf.asFloatBuffer().put(values);
        out.write(buf.array());
    }

    static DeepClassifier read(Path file) {
        String source = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            Counting counting = new Counting(new BufferedInputStream(raw));
            CheckedInputStream checked = new CheckedInputStream(counting, new CRC32());
            DataInputStream in = new DataInputStream(checked);
            Reader r = new Reader(source, counting, in);
            return r.read(checked);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, null, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file, e);
        }
    }

    /** Reads one file; keeps the offset for error messages. */
    private record Reader(String source, Counting counting, DataInputStream in) {

        DeepClassifier read(CheckedInputStream checked) throws IOException {
            byte[] magic = bytes(MAGIC.length, "magic");
            if (!Arrays.equals(magic, MAGIC)) {
                throw new InvalidInputException(source, "offset 0",
                        "not an AVRS deep-model file (expected the magic bytes \"AVRSDEEP\")");
            }
            int length = readInt("header length");
            if (length < 1 || length > MAX_HEADER) {
                throw bad("offset 8", "header length " + length + " must be in [1, " + MAX_HEADER + "]");
            }
            Map<?, ?> header = header(new String(bytes(length, "header"), StandardCharsets.UTF_8));
            DeepClassifier c = classifier(header);
            try {
                readParameters(c);
                long crc = checked.getChecksum().getValue();
                long at = counting.count;
                int stored = readInt("checksum");
                if (stored != (int) crc) {
                    throw bad("offset " + at, "checksum mismatch: the file is corrupt");
                }
                if (in.read() != -1) {
                    throw bad("offset " + (at + 4), "unexpected data after the checksum");
                }
                return c;
            } catch (RuntimeException | IOException e) {
                c.close();
                throw e;
            }
        }

        private Map<?, ?> header(String text) {
            Object parsed;
            try {
                parsed = Json.parse(text);
            } catch (IllegalArgumentException e) {
                throw bad("header", e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> h)) {
                throw bad("header", "expected a JSON object");
            }
            Object format = h.get("format");
            if (!FORMAT_NAME.equals(format)) {
                throw bad("header field 'format'", "expected \"" + FORMAT_NAME + "\", found " + format);
            }
            Object version = h.get("formatVersion");
            if (!(version instanceof BigDecimal v) || v.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
                throw bad("header field 'formatVersion'", "unsupported format version " + version
                        + "; this build of AVRS reads version " + FORMAT_VERSION);
            }
            return h;
        }

        private DeepClassifier classifier(Map<?, ?> h) {
            String architecture = field(h, "architecture", String.class);
            NetworkConfig config;
            List<Long> shape = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            try {
                config = RecordJson.fromJson(NetworkConfig.typeOf(architecture), h.get("config"));
            } catch (IllegalArgumentException e) {
                throw bad("header field 'config'", e.getMessage());
            }
            try {
                for (Object d : field(h, "sampleShape", List.class)) {
                    shape.add(((BigDecimal) d).longValueExact());
                }
                for (Object label : field(h, "labels", List.class)) {
                    labels.add((String) label);
                }
            } catch (ClassCastException | ArithmeticException e) {
                throw bad("header fields 'sampleShape'/'labels'", "expected integers and strings");
            }
            String pipeline = field(h, "pipeline", String.class);
            try {
                return DeepClassifier.openInitialized(config, shape.stream().mapToLong(Long::longValue).toArray(),
                        labels, pipeline);
            } catch (IllegalArgumentException e) {
                throw bad("header", e.getMessage());
            }
        }

        private <T> T field(Map<?, ?> h, String name, Class<T> type) {
            Object v = h.get(name);
            if (!type.isInstance(v)) {
                throw bad("header field '" + name + "'", "expected a " + type.getSimpleName().toLowerCase()
                        + ", found " + (v == null ? "nothing" : v));
            }
            return type.cast(v);
        }

        private void readParameters(DeepClassifier c) throws IOException {
            for (Pair<String, Parameter> p : c.block().getParameters()) {
                long at = counting.count;
                String name;
                try {
                    name = in.readUTF();
                } catch (EOFException e) {
                    throw truncated("parameter " + p.getKey());
                }
                NDArray array = p.getValue().getArray();
                long[] expected = array.getShape().getShape();
                if (!name.equals(p.getKey())) {
                    throw bad("offset " + at, "parameter '" + name + "' where the network expects '" + p.getKey()
                            + "' (does the header's config match the weights?)");
                }
                int rank = readInt("rank of " + name);
                if (rank != expected.length) {
                    throw bad("offset " + at, "parameter '" + name + "' has rank " + rank + ", expected "
                            + expected.length);
                }
                long[] dims = new long[rank];
                for (int i = 0; i < rank; i++) {
                    dims[i] = readLong("shape of " + name);
                }
                if (!Arrays.equals(dims, expected)) {
                    throw bad("offset " + at, "parameter '" + name + "' has shape " + Arrays.toString(dims)
                            + ", expected " + Arrays.toString(expected));
                }
                byte[] raw = bytes(Math.toIntExact(array.size() * Float.BYTES), "values of " + name);
                float[] values = new float[(int) array.size()];
                ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(values);
                array.set(values);
            }
        }

        private byte[] bytes(int n, String what) throws IOException {
            byte[] b = in.readNBytes(n);
            if (b.length != n) {
                throw truncated(what);
            }
            return b;
        }

        private int readInt(String what) throws IOException {
            try {
                return in.readInt();
            } catch (EOFException e) {
                throw truncated(what);
            }
        }

        private long readLong(String what) throws IOException {
            try {
                return in.readLong();
            } catch (EOFException e) {
                throw truncated(what);
            }
        }

        private InvalidInputException truncated(String what) {
            return bad("offset " + counting.count, "file ends early, while reading the " + what);
        }

        private InvalidInputException bad(String location, String problem) {
            return new InvalidInputException(source, location, problem);
        }
    }

    /** Counts the bytes read through it, for error offsets. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
