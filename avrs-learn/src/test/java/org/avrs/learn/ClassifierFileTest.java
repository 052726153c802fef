package org.avrs.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassifierFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTripGivesEqualPredictionsAndKeepsPipelineAndProvenance() throws Exception {
        Dataset<double[]> data = Planted.dataset(2, 6, 8, 2.5, 11);
        for (ClassifierTrainer t : ClassifierTrainersTest.tribuoTrainers()) {
            Classifier c = t.fit(data);
            Path file = dir.resolve("m.avrs");
            ClassifierFile.save(c, Map.of("features", "mfcc-functionals(n=13)"), file);
            ClassifierFile.Loaded loaded = ClassifierFile.load(file);
            assertThat(loaded.pipeline()).containsEntry("features", "mfcc-functionals(n=13)");
            assertThat(loaded.classifier().labels()).isEqualTo(c.labels());
            assertThat(loaded.classifier().provenance()).isEqualTo(c.provenance());
            for (Sample<double[]> s : data.samples()) {
                assertThat(loaded.classifier().probabilities(s.input())).containsExactly(c.probabilities(s.input()));
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("m.avrs");
        }
    }

    static List<ClassifierTrainer> plainJavaTrainers() {
        return List.of(new KnnTrainer(KnnTrainer.Config.defaults()),
                new KnnTrainer(new KnnTrainer.Config(3, KnnTrainer.Weighting.DISTANCE)),
                new MlpTrainer(MlpTrainer.Config.defaults().withHidden(List.of(8, 5)).withMaxEpochs(20)));
    }

    @ParameterizedTest
    @MethodSource("plainJavaTrainers")
    void knnAndMlpLoadWithTheFittedProbabilities(ClassifierTrainer trainer) throws Exception {
        Dataset<double[]> data = Planted.dataset(2, 6, 8, 2.5, 11);
        List<Sample<double[]>> unseen = Planted.dataset(1, 2, 8, 2.5, 99).samples();
        String kind = trainer instanceof KnnTrainer ? "knn" : "mlp";
        for (ClassifierTrainer t : List.of(trainer, new ColumnSubsetTrainer("some", new int[] {1, 3, 4, 5, 7}, trainer))) {
            Classifier c = t.fit(data);
            Path file = dir.resolve(kind + ".avrs");
            ClassifierFile.save(c, Map.of("features", "planted"), file);
            assertThat(entry(file, "avrs-model.properties")).contains("model.kind=" + kind).contains("formatVersion=1");
            Classifier loaded = ClassifierFile.load(file).classifier();
            assertThat(loaded.getClass()).isEqualTo(c.getClass());
            assertThat(loaded.featureCount()).isEqualTo(c.featureCount());
            assertThat(loaded.labels()).isEqualTo(c.labels());
            assertThat(loaded.provenance()).isEqualTo(c.provenance());
            // Training rows (distance 0 for kNN) and unseen ones: the same arithmetic on the same doubles.
            for (Sample<double[]> s : data.samples()) {
                assertThat(loaded.probabilities(s.input())).containsExactly(c.probabilities(s.input()));
            }
            for (Sample<double[]> s : unseen) {
                assertThat(loaded.probabilities(s.input())).containsExactly(c.probabilities(s.input()));
                assertThat(loaded.predict(s.input())).isEqualTo(c.predict(s.input()));
            }
        }
    }

    @Test
    void readsAVersion1FileWrittenBeforeModelKinds() throws Exception {
        // svm-format1.avrs was saved by ClassifierFile at commit 4bf9c1d (no model.kind key) from this SVM.
        Classifier c = new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false))
                .fit(Planted.dataset(2, 4, 6, 2.0, 12));
        Path file = dir.resolve("old.avrs");
        try (InputStream in = ClassifierFileTest.class.getResourceAsStream("svm-format1.avrs")) {
            Files.copy(in, file);
        }
        assertThat(entry(file, "avrs-model.properties")).doesNotContain("model.kind");
        ClassifierFile.Loaded loaded = ClassifierFile.load(file);
        assertThat(loaded.pipeline()).containsEntry("features", "planted");
        assertThat(loaded.classifier().provenance().trainer()).startsWith("svm(");
        for (Sample<double[]> s : Planted.dataset(2, 4, 6, 2.0, 12).samples()) {
            assertThat(loaded.classifier().probabilities(s.input())).containsExactly(c.probabilities(s.input()));
        }
    }

    @Test
    void refusesTruncatedOrOverlongPayloadsNamingTheField() throws Exception {
        Dataset<double[]> data = Planted.dataset(2, 4, 6, 2.0, 12);
        Path knn = savedKnn(data);
        Path mlp = savedMlp(data);
        Path bad = dir.resolve("bad.avrs");

        rewriteEntry(knn, bad, "knn.bin", b -> Arrays.copyOf(b, b.length - 5));
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.avrs").hasMessageContaining("knn.bin").hasMessageContaining("field 'labels'")
                .hasMessageContaining("remain");
        rewriteEntry(knn, bad, "knn.bin", b -> Arrays.copyOf(b, 30));
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("knn.bin").hasMessageContaining("field 'rows'");
        rewriteEntry(mlp, bad, "mlp.bin", b -> Arrays.copyOf(b, b.length - 1));
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mlp.bin").hasMessageContaining("field 'layer 1 biases'");
        rewriteEntry(mlp, bad, "mlp.bin", b -> Arrays.copyOf(b, b.length + 8));
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mlp.bin").hasMessageContaining("left over");
        rewriteEntry(mlp, bad, "standardizer.bin", b -> Arrays.copyOf(b, b.length - 8));
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("standardizer.bin").hasMessageContaining("field 'mean'");
    }

    @Test
    void refusesAnAbsurdRowCountBeforeAllocating() throws Exception {
        Path knn = savedKnn(Planted.dataset(2, 4, 6, 2.0, 12));
        Path bad = dir.resolve("rows.avrs");
        // knn.bin: writeUTF("uniform") is 2 + 7 bytes, then k, then the row count at offset 13.
        rewriteEntry(knn, bad, "knn.bin", b -> ByteBuffer.wrap(b.clone()).putInt(13, Integer.MAX_VALUE).array());
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rows.avrs").hasMessageContaining("field 'rows'")
                .hasMessageContaining("declares " + (long) Integer.MAX_VALUE * 6 + " values");
    }

    @Test
    void refusesNonFiniteWeightsAndRows() throws Exception {
        Dataset<double[]> data = Planted.dataset(2, 4, 6, 2.0, 12);
        Path mlp = savedMlp(data);
        Path bad = dir.resolve("nan.avrs");
        // mlp.bin: writeUTF("relu") 6 bytes, layer count 4, three widths 12: the first weight at offset 22.
        rewriteEntry(mlp, bad, "mlp.bin", b -> ByteBuffer.wrap(b.clone()).putDouble(22, Double.NaN).array());
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nan.avrs").hasMessageContaining("field 'layer 0 weights'")
                .hasMessageContaining("value 0 is NaN");
        Path knn = savedKnn(data);
        // knn.bin: the first row starts after weighting (9), k, rows and columns (12), at offset 21.
        rewriteEntry(knn, bad, "knn.bin", b -> ByteBuffer.wrap(b.clone())
                .putDouble(21 + 8, Double.POSITIVE_INFINITY).array());
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("field 'row 0'").hasMessageContaining("value 1 is Infinity");
    }

    @Test
    void refusesAnUnknownModelKind() throws Exception {
        Path knn = savedKnn(Planted.dataset(2, 4, 6, 2.0, 12));
        Path bad = dir.resolve("kind.avrs");
        rewriteManifest(knn, bad, "model.kind=knn", "model.kind=lstm");
        assertThatThrownBy(() -> ClassifierFile.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("model.kind").hasMessageContaining("'lstm' is not a model kind");
    }

    @Test
    void refusesFilesThatAreNotModels() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.avrs"));
        assertThatThrownBy(() -> ClassifierFile.load(empty))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty.avrs");
        Path text = Files.writeString(dir.resolve("text.avrs"), "hello, I am not a zip");
        assertThatThrownBy(() -> ClassifierFile.load(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("text.avrs");
    }

    @Test
    void refusesAnUnknownFormatVersion() throws Exception {
        Classifier c = new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false))
                .fit(Planted.dataset(2, 4, 6, 2.0, 12));
        Path file = dir.resolve("v.avrs");
        ClassifierFile.save(c, Map.of(), file);
        Path edited = dir.resolve("v2.avrs");
        rewriteManifest(file, edited, "formatVersion=1", "formatVersion=99");
        assertThatThrownBy(() -> ClassifierFile.load(edited)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("formatVersion").hasMessageContaining("'99' is not supported");
    }

    /** A kNN model fitted on data, saved as k.avrs. */
    private Path savedKnn(Dataset<double[]> data) throws Exception {
        Path knn = dir.resolve("k.avrs");
        ClassifierFile.save(new KnnTrainer(KnnTrainer.Config.defaults()).fit(data), Map.of(), knn);
        return knn;
    }

    /** A small MLP (one hidden layer of 4, 3 epochs) fitted on data, saved as m.avrs. */
    private Path savedMlp(Dataset<double[]> data) throws Exception {
        Path mlp = dir.resolve("m.avrs");
        ClassifierFile.save(new MlpTrainer(MlpTrainer.Config.defaults().withHidden(List.of(4)).withMaxEpochs(3))
                .fit(data), Map.of(), mlp);
        return mlp;
    }

    private static void rewriteManifest(Path in, Path out, String from, String to) throws Exception {
        rewriteEntry(in, out, "avrs-model.properties", b -> new String(b, StandardCharsets.UTF_8).replace(from, to)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Copies the zip {@code in} to {@code out} (replacing it) with one entry's bytes edited. */
    private static void rewriteEntry(Path in, Path out, String name, UnaryOperator<byte[]> edit) throws Exception {
        try (var zin = new ZipInputStream(Files.newInputStream(in));
             var zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(e.getName().equals(name) ? edit.apply(bytes) : bytes);
                zout.closeEntry();
            }
        }
    }

    private static String entry(Path zip, String name) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
