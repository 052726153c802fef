package org.avrs.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Vad;
import org.avrs.core.io.AtomicFiles;

/**
 * The on-disk form of a fitted classifier: a zip holding {@code avrs-model.properties} (format name
 * and version, {@code model.kind}, label set with coordinates, feature count, provenance, and the
 * caller's feature-pipeline settings under {@code pipeline.*}), {@code standardizer.bin} and the model
 * itself in the entry of its kind ({@link ModelPayload}: {@code tribuo-model.pb}, {@code knn.bin} or
 * {@code mlp.bin}). A {@link ColumnSubsetClassifier} is saved as its inner classifier plus the keys
 * {@code columns.inputCount} and {@code columns.indices} (comma-separated ranges {@code a-b} or single
 * indices), and {@code featureCount} is then the inner classifier's. Files are written to a temporary
 * sibling and renamed, so a crash never leaves a half-written model under the target name.
 *
 * <p>Format version 1 throughout: files written before {@code model.kind} existed have no such key and
 * hold a Tribuo model. An older reader given a kNN or MLP file refuses it for its missing
 * {@code tribuo-model.pb}; it cannot misread it, so the version did not need to change.
 */
public final class ClassifierFile {

    static final String FORMAT = "avrs-classifier";
    static final int VERSION = 1;
    private static final String MANIFEST = "avrs-model.properties";
    private static final String SCALER = "standardizer.bin";
    /** Upper bound on any entry: a model file is small; a larger entry is refused, not read. */
    private static final long MAX_ENTRY_BYTES = 256L << 20;

    private ClassifierFile() {
    }

    /** A loaded classifier with the feature-pipeline settings saved beside it. */
    public record Loaded(Classifier classifier, Map<String, String> pipeline) {
        public Loaded {
            pipeline = Map.copyOf(pipeline);
        }
    }

    /**
     * Saves a classifier fitted by a trainer of this module.
     *
     * @param pipeline the feature pipeline's settings, needed to turn raw input into the model's vectors
     * @throws IllegalArgumentException if the classifier was not made by this module, or an entry would be
     *     larger than a model file may hold (nothing is then written)
     */
    public static void save(Classifier classifier, Map<String, String> pipeline, Path file) throws IOException {
        Classifier inner = classifier instanceof ColumnSubsetClassifier sub ? sub.inner() : classifier;
        ModelPayload payload = ModelPayload.of(inner);
        StandardizedClassifier sc = (StandardizedClassifier) inner;
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("formatVersion", Integer.toString(VERSION));
        manifest.setProperty("model.kind", payload.kind);
        writeLabels(manifest, sc.labels());
        manifest.setProperty("featureCount", Integer.toString(sc.featureCount()));
        classifier.provenance().toProperties().forEach(manifest::setProperty);
        if (classifier instanceof ColumnSubsetClassifier sub) {
            manifest.setProperty("columns.inputCount", Integer.toString(sub.featureCount()));
            manifest.setProperty("columns.indices", ranges(sub.columns()));
        }
        pipeline.forEach((k, v) -> manifest.setProperty("pipeline." + k, v));

        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter text = new StringWriter();
            manifest.store(text, "AVRS classifier");
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SCALER));
            writeStandardizer(sc.standardizer(), new EntryOutput(zip, SCALER));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(payload.entry));
            payload.write(sc, new EntryOutput(zip, payload.entry));
            zip.closeEntry();
            zip.finish();
        });
    }

    /**
     * Loads a classifier saved by {@link #save}.
     *
     * @throws InvalidInputException naming the file and the entry or key, if it is not a readable model
     *     of a known format version
     */
    public static Loaded load(Path file) {
        String source = file.toString();
        Map<String, byte[]> entries = readEntries(file, source);
        Properties manifest = new Properties();
        try {
            manifest.load(new StringReader(new String(require(entries, MANIFEST, source), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(source, MANIFEST, "unreadable manifest: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new InvalidInputException(source, MANIFEST + " key 'format'",
                    "is '" + manifest.getProperty("format") + "', expected '" + FORMAT + "'");
        }
        if (!Integer.toString(VERSION).equals(manifest.getProperty("formatVersion"))) {
            throw new InvalidInputException(source, MANIFEST + " key 'formatVersion'", "version '"
                    + manifest.getProperty("formatVersion") + "' is not supported; this AVRS reads version " + VERSION);
        }
        Map<String, String> all = new TreeMap<>();
        manifest.stringPropertyNames().forEach(k -> all.put(k, manifest.getProperty(k)));
        // Files from before model.kind hold a Tribuo model.
        String kind = all.getOrDefault("model.kind", ModelPayload.TRIBUO.kind);
        ModelPayload payload = ModelPayload.named(kind);
        if (payload == null) {
            throw new InvalidInputException(source, MANIFEST + " key 'model.kind'",
                    "'" + kind + "' is not a model kind this AVRS reads (tribuo, knn, mlp)");
        }
        try {
            EmotionSet labels = readLabels(all);
            Standardizer standardizer = readStandardizer(new EntryReader(require(entries, SCALER, source), source, SCALER));
            int featureCount = Integer.parseInt(all.getOrDefault("featureCount", "-1"));
            if (featureCount != standardizer.dimension()) {
                throw new IllegalArgumentException("featureCount " + featureCount + " but the standardizer has "
                        + standardizer.dimension() + " columns");
            }
            Map<String, String> pipeline = new LinkedHashMap<>();
            all.forEach((k, v) -> {
                if (k.startsWith("pipeline.")) {
                    pipeline.put(k.substring("pipeline.".length()), v);
                }
            });
            Provenance provenance = Provenance.fromProperties(all);
            Classifier loaded = payload.read(new EntryReader(require(entries, payload.entry, source), source,
                    payload.entry), standardizer, labels, provenance);
            if (all.containsKey("columns.indices")) {
                loaded = new ColumnSubsetClassifier(Integer.parseInt(all.get("columns.inputCount")),
                        parseRanges(all.get("columns.indices"), standardizer.dimension()), loaded, provenance);
            }
            return new Loaded(loaded, pipeline);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException bad) {
                throw bad;
            }
            throw new InvalidInputException(source, null, "not a usable AVRS classifier: " + e.getMessage(), e);
        }
    }

    /** "0-921,1844-2765": ascending runs as a-b, single indices alone. */
    static String ranges(int[] columns) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < columns.length; ) {
            int j = i;
            while (j + 1 < columns.length && columns[j + 1] == columns[j] + 1) {
                j++;
            }
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(columns[i]);
            if (j > i) {
                s.append('-').append(columns[j]);
            }
            i = j + 1;
        }
        return s.toString();
    }

    /** The inverse of {@link #ranges}, refusing more than {@code expected} indices. */
    static int[] parseRanges(String text, int expected) {
        int[] out = new int[expected];
        int n = 0;
        for (String part : text.split(",")) {
            String[] ab = part.split("-");
            int a = Integer.parseInt(ab[0].strip());
            int b = ab.length == 2 ? Integer.parseInt(ab[1].strip()) : a;
            if (ab.length > 2 || b < a || (long) n + (b - a + 1) > expected) {
                throw new IllegalArgumentException("columns.indices '" + part + "' is malformed or gives more than "
                        + expected + " columns");
            }
            for (int c = a; c <= b; c++) {
                out[n++] = c;
            }
        }
        if (n != expected) {
            throw new IllegalArgumentException("columns.indices gives " + n + " columns, the model takes " + expected);
        }
        return out;
    }

    private static Map<String, byte[]> readEntries(Path file, String source) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), readBounded(zip, e.getName(), source));
            }
        } catch (IOException e) {
            throw new InvalidInputException(source, null, "cannot read the model archive: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(source, null, "not an AVRS model file (no zip entries)");
        }
        return entries;
    }

    private static byte[] readBounded(InputStream in, String entry, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new InvalidInputException(source, "entry " + entry, "larger than " + MAX_ENTRY_BYTES + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] require(Map<String, byte[]> entries, String name, String source) {
        byte[] b = entries.get(name);
        if (b == null) {
            throw new InvalidInputException(source, "entry " + name, "is missing");
        }
        return b;
    }

    private static void writeLabels(Properties p, EmotionSet set) {
        p.setProperty("labels.name", set.name());
        p.setProperty("labels.count", Integer.toString(set.size()));
        for (int i = 0; i < set.size(); i++) {
            Vad c = set.coordinates(i);
            p.setProperty("labels." + i, set.label(i) + ";" + c.valence() + ";" + c.arousal() + ";" + c.dominance());
        }
    }

    private static EmotionSet readLabels(Map<String, String> p) {
        int n = Integer.parseInt(p.getOrDefault("labels.count", "0"));
        if (n < 2 || n > 10_000) {
            throw new IllegalArgumentException("labels.count " + n + " must be in [2, 10000]");
        }
        EmotionSet.Builder b = EmotionSet.builder(p.getOrDefault("labels.name", "custom"));
        for (int i = 0; i < n; i++) {
            String[] f = p.getOrDefault("labels." + i, "").split(";");
            if (f.length != 4) {
                throw new IllegalArgumentException("labels." + i + " must be 'label;v;a;d'");
            }
            b.add(f[0], new Vad(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        return b.build();
    }

    private static void writeStandardizer(Standardizer s, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(s.dimension());
        for (double m : s.mean()) {
            data.writeDouble(m);
        }
        for (double v : s.scale()) {
            data.writeDouble(v);
        }
        data.flush();
    }

    private static Standardizer readStandardizer(EntryReader in) {
        int d = in.integer("columns", 1, Integer.MAX_VALUE);
        in.need("mean", 2L * d, Double.BYTES);
        double[] mean = in.finite("mean", d);
        double[] scale = in.finite("scale", d);
        in.end();
        return new Standardizer(mean, scale);
    }

    /**
     * One entry's output: keeps a library from closing the zip stream under us, and refuses to write an
     * entry larger than {@link #load} reads (a kNN model holds every training row), so that no file is
     * saved that cannot be loaded.
     */
    private static final class EntryOutput extends java.io.FilterOutputStream {
        private final String entry;
        private long written;

        EntryOutput(OutputStream out, String entry) {
            super(out);
            this.entry = entry;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) {
            written += n;
            if (written > MAX_ENTRY_BYTES) {
                throw new IllegalArgumentException("the model is too large to save: its entry " + entry
                        + " exceeds " + MAX_ENTRY_BYTES + " bytes, the most a model file may hold");
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
