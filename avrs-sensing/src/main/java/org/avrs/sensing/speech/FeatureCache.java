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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
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
 * <p>The key is a SHA-256 over the cache format, the AVRS version, the kind of rows and the settings that
 * make them (which include a code version) and, per sample in order, its id, label and the SHA-256 of its file's
 * bytes: any change of audio, labels or extraction gives a new key. A cache file is written to a
 * temporary sibling and renamed; on reading, its magic, key, sample ids, sizes and CRC-32 are checked,
 * and a file that fails any check is recomputed and replaced (never trusted).
 *
 * <p>Besides utterance feature vectors it stores any per-recording rows ({@link #rows}), e.g. the CRNN's
 * flattened segment images. Files are named {@code <corpus>-<kind>-<key prefix>.avrsvec}:
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
        double[][] rows = rows(corpus, "features", new TreeMap<>(features.toProperties()).toString(),
                features.dimension(), () -> {
                    Dataset<double[]> v = SpeechVectors.extract(corpus, features, threads, progress);
                    return v.samples().stream().map(Sample::input).toArray(double[][]::new);
                });
        return withRows(corpus, rows);
    }

    /**
     * One row of {@code dimension} values per sample of the corpus, read from the cache when a valid entry
     * for exactly these files, labels and settings exists, else computed and stored.
     *
     * @param kind what the rows are, part of the file name (e.g. "features", "segments")
     * @param settings everything besides the files that determines the rows, including a code version
     * @param compute makes the rows, one per sample in corpus order
     */
    public double[][] rows(Dataset<Path> corpus, String kind, String settings, int dimension,
                           Supplier<double[][]> compute) {
        String key = key(corpus, kind + "\n" + settings);
        Path file = dir.resolve(corpus.name() + "-" + kind + "-" + key.substring(0, 24) + ".avrsvec");
        if (Files.isRegularFile(file)) {
            double[][] rows = read(file, key, corpus, dimension);
            if (rows != null) {
                log.accept(kind + ": read from cache " + file);
                return rows;
            }
        }
        double[][] rows = compute.get();
        try {
            write(file, key, corpus, rows);
            log.accept(kind + ": cached in " + file);
        } catch (IOException e) {
            log.accept(kind + ": could not write the cache " + file + " (" + e.getMessage() + "); continuing");
        }
        return rows;
    }

    /** The cache key of a corpus under an extractor (64 hex digits). */
    static String key(Dataset<Path> corpus, UtteranceFeatures features) {
        return key(corpus, "features\n" + new TreeMap<>(features.toProperties()));
    }

    private static String key(Dataset<Path> corpus, String settings) {
        MessageDigest md = sha256();
        update(md, "avrs-speech-feature-cache 2\navrs " + AvrsVersion.get() + "\n");
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

    private static void write(Path file, String key, Dataset<Path> corpus, double[][] rows) throws IOException {
        int d = rows[0].length;
        AtomicFiles.write(file, raw -> {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw), new CRC32());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            out.writeUTF(key);
            out.writeInt(rows.length);
            out.writeInt(d);
            for (int i = 0; i < rows.length; i++) {
                out.writeUTF(corpus.get(i).id());
                for (double v : rows[i]) {
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
