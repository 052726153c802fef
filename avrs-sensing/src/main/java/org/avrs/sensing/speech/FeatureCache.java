package org.avrs.sensing.speech;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.avrs.core.AvrsVersion;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.core.io.AtomicFiles;

/**
 * A disk cache of a corpus's feature vectors, so that repeated evaluations do not recompute them.
 *
 * <p>The key is a SHA-256 over the cache format, the AVRS version, the extractor's settings (which
 * include its code version) and, per sample in order, its id, label and the SHA-256 of its file's
 * bytes: any change of audio, labels or extraction gives a new key. A cache file is written to a
 * temporary sibling and renamed; on reading, its magic, key, sample ids, sizes and CRC-32 are checked,
 * and a file that fails any check is recomputed and replaced (never trusted).
 *
 * <p>Files are named {@code <corpus>-<key prefix>.avrsvec}:
 * <pre>
 * "AVRSVEC1"  magic
 * UTF         key (64 hex digits)
 * int32 n, int32 d
 * n × (UTF sample id, d × float64)
 * int32       CRC-32 of every byte before it
 * </pre>
 */
public final class FeatureCache {

    private static final byte[] MAGIC = "AVRSVEC1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_DIMENSION = 1 << 20;

    private final Path dir;
    private final Consumer<String> log;

    /**
     * @param dir the cache folder (created when first written)
     * @param log told when a cache file is used, written or found invalid
     */
    public FeatureCache(Path dir, Consumer<String> log) {
        this.dir = java.util.Objects.requireNonNull(dir, "dir");
        this.log = log;
    }

    /** {@code $AVRS_CACHE}, else {@code ~/.cache/avrs}, plus {@code speech-features}. */
    public static Path defaultDir() {
        String env = System.getenv("AVRS_CACHE");
        Path root = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "avrs");
        return root.resolve("speech-features");
    }

    public Path dir() {
        return dir;
    }

    /**
     * The corpus's vectors: read from the cache when a valid entry exists, else extracted
     * ({@link SpeechVectors#extract}) and stored.
     *
     * @param progress told of extraction progress (files done), only when extracting
     * @throws InvalidInputException if a file cannot be read or used
     */
    public Dataset<double[]> vectors(Dataset<Path> corpus, UtteranceFeatures features, int threads,
                                     IntConsumer progress) {
        String key = key(corpus, features);
        Path file = dir.resolve(corpus.name() + "-" + key.substring(0, 24) + ".avrsvec");
        if (Files.isRegularFile(file)) {
            double[][] rows = read(file, key, corpus, features.dimension());
            if (rows != null) {
                log.accept("features: read from cache " + file);
                return withRows(corpus, rows);
            }
        }
        Dataset<double[]> vectors = SpeechVectors.extract(corpus, features, threads, progress);
        try {
            write(file, key, vectors);
            log.accept("features: cached in " + file);
        } catch (IOException e) {
            log.accept("features: could not write the cache " + file + " (" + e.getMessage() + "); continuing");
        }
        return vectors;
    }

    /** The cache key of a corpus under an extractor (64 hex digits). */
    static String key(Dataset<Path> corpus, UtteranceFeatures features) {
        MessageDigest md = sha256();
        update(md, "avrs-speech-feature-cache 1\navrs " + AvrsVersion.get() + "\n");
        Map<String, String> settings = new TreeMap<>(features.toProperties());
        update(md, settings + "\n");
        byte[] buf = new byte[1 << 16];
        for (Sample<Path> s : corpus.samples()) {
            MessageDigest fileDigest = sha256();
            try (InputStream in = Files.newInputStream(s.input())) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    fileDigest.update(buf, 0, n);
                }
            } catch (IOException e) {
                throw new InvalidInputException(s.input().toString(), null, "cannot read: " + e.getMessage(), e);
            }
            update(md, s.id() + "\t" + s.label() + "\t" + HexFormat.of().formatHex(fileDigest.digest()) + "\n");
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void write(Path file, String key, Dataset<double[]> vectors) throws IOException {
        int d = vectors.get(0).input().length;
        AtomicFiles.write(file, raw -> {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw), new CRC32());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            out.writeUTF(key);
            out.writeInt(vectors.size());
            out.writeInt(d);
            for (Sample<double[]> s : vectors.samples()) {
                out.writeUTF(s.id());
                for (double v : s.input()) {
                    out.writeDouble(v);
                }
            }
            out.flush();
            out.writeInt((int) checked.getChecksum().getValue());
            out.flush();
        });
    }

    /** The cached rows, or null (after saying why) when the file does not hold exactly this corpus. */
    private double[][] read(Path file, String key, Dataset<Path> corpus, int dimension) {
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw), new CRC32());
            DataInputStream in = new DataInputStream(checked);
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                return invalid(file, "not a feature cache file");
            }
            if (!key.equals(in.readUTF())) {
                return invalid(file, "its key differs");
            }
            int n = in.readInt();
            int d = in.readInt();
            if (n != corpus.size() || d != dimension || d <= 0 || d > MAX_DIMENSION) {
                return invalid(file, n + " × " + d + " values, expected " + corpus.size() + " × " + dimension);
            }
            double[][] rows = new double[n][d];
            for (int i = 0; i < n; i++) {
                if (!corpus.get(i).id().equals(in.readUTF())) {
                    return invalid(file, "sample " + i + " is not " + corpus.get(i).id());
                }
                for (int j = 0; j < d; j++) {
                    rows[i][j] = in.readDouble();
                }
            }
            int expected = (int) checked.getChecksum().getValue();
            if (in.readInt() != expected || in.read() != -1) {
                return invalid(file, "checksum mismatch or trailing bytes");
            }
            return rows;
        } catch (IOException e) {
            return invalid(file, "unreadable (" + e.getMessage() + ")");
        }
    }

    private double[][] invalid(Path file, String why) {
        log.accept("features: ignoring cache file " + file + ": " + why + "; recomputing");
        return null;
    }

    private static Dataset<double[]> withRows(Dataset<Path> corpus, double[][] rows) {
        List<Sample<double[]>> out = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            out.add(corpus.get(i).withInput(rows[i]));
        }
        return new Dataset<>(corpus.name(), corpus.labels(), out);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
