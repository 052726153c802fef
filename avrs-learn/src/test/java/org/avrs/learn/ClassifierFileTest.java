package org.avrs.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static void rewriteManifest(Path in, Path out, String from, String to) throws Exception {
        try (var zin = new java.util.zip.ZipInputStream(Files.newInputStream(in));
             var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (var e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals("avrs-model.properties")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
    }
}
