package org.avrs.cli.eeg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.learn.Classifier;
import org.avrs.learn.ClassifierFile;
import org.avrs.sensing.eeg.CorpusViews;
import org.avrs.sensing.eeg.DeapCorpus;
import org.avrs.sensing.eeg.EegFeatureModel;
import org.avrs.sensing.eeg.EegModelFile;
import org.avrs.sensing.eeg.FeatureWindows;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.Segmentation;
import org.avrs.sensing.eeg.WindowFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avrs eeg synth} and {@code avrs eeg eval} end to end on small synthetic DEAP files. */
class EegCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void synth() {
        AffectCli r = AffectCli.run("eeg", "synth", "--out", dir.toString(), "--subjects", "2", "--trials", "10",
                "--seconds", "8", "--seed", "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 2 synthetic DEAP files");
    }

    @Test
    void synthWritesParticipantFiles() {
        assertThat(dir.resolve("s01.mat")).isRegularFile();
        assertThat(dir.resolve("s02.mat")).isRegularFile();
    }

    @Test
    void featurePipelineJsonHasTheRequiredFields() throws Exception {
        AffectCli r = AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--model", "de-svm",
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("accuracy").asDouble()).isGreaterThan(0.7);
        assertThat(j.get("f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("seconds").asDouble()).isPositive();
        assertThat(j.get("perSubject")).hasSize(2);
        assertThat(j.get("perSubject").get(0).get("subject").asText()).isEqualTo("s01");
        assertThat(j.get("perSubject").get(0).get("accuracy").isNumber()).isTrue();
        assertThat(j.get("protocol").asText()).contains("by trial").contains("leak-free");
    }

    @Test
    void networkWithChannelSelectionReportsTheChannels() throws Exception {
        Path report = dir.resolve("report.html");
        AffectCli r = AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--model", "shallow",
                "--select", "kurtosis:6", "--epochs", "2", "--subjects", "1", "--leaky", "--json", "--report",
                report.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("channels")).hasSize(6);
        assertThat(j.get("k").asInt()).isEqualTo(6);
        assertThat(j.get("protocol").asText()).contains("P3");
        assertThat(j.get("perSubject")).hasSize(1);
        assertThat(Files.readString(report)).contains("accuracy per subject").contains("<img");
    }

    @Test
    void textOutputForPeople() {
        AffectCli r = AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--model", "de-knn",
                "--protocol", "loso", "--subject-norm", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("leave-one-subject-out").contains("accuracy").contains("s02");
    }

    @Test
    void trainWritesAModelTheServerCanLoad() {
        Path model = dir.resolve("eeg-rf.avrs");
        AffectCli r = AffectCli.run("eeg", "train", "--format", "deap", "--data", dir.toString(), "--model", "de-rf",
                "--features", "de,psd", "--step", "1", "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote").contains("de-rf on 2 subjects of deap").contains("32 channels at 128.0 Hz");
        EegModelFile loaded = EegModelFile.load(model);
        assertThat(loaded.model().features().channels()).hasSize(32).startsWith("Fp1");
        // DE and log power on P3's five bands: 2 × 5 × 32 columns.
        assertThat(loaded.model().features().names()).hasSize(320);
        assertThat(loaded.segmentation().stepSeconds()).isEqualTo(1.0);
        assertThat(loaded.model().source()).isEqualTo("eeg/de-rf@deap");
        assertThat(loaded.model().classifier().labels().labels()).hasSize(2);
    }

    @Test
    void trainSavesKnnAndMlpModelsThatPredictAsFitted() {
        DeapCorpus corpus = new DeapCorpus(dir, new RatingLabels("valence", 5));
        FeatureWindows windows = new FeatureWindows(
                WindowFeatures.Config.defaults().withKinds(WindowFeatures.Config.kinds("de,psd")), new Segmentation(2, 1));
        Dataset<double[]> vectors = CorpusViews.collect(corpus, corpus.subjects(), windows::apply, "features",
                CorpusViews.Progress.NONE);
        for (String name : List.of("knn", "mlp")) {
            Path model = dir.resolve("eeg-" + name + ".avrs");
            AffectCli r = AffectCli.run("eeg", "train", "--format", "deap", "--data", dir.toString(), "--model",
                    "de-" + name, "--features", "de,psd", "--step", "1", "--out", model.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("de-" + name + " on 2 subjects of deap");
            assertThat(EegModelFile.load(model).model().source()).isEqualTo("eeg/de-" + name + "@deap");
            // The same fit in process: kNN has no randomness, the MLP the command's default seed 42.
            Classifier fitted = EegFeatureModel.fit(corpus, corpus.subjects(), windows, Classifiers.named(name, 42),
                    "eeg/de-" + name + "@deap", CorpusViews.Progress.NONE).classifier();
            Classifier loaded = ClassifierFile.load(model).classifier();
            assertThat(loaded.featureCount()).isEqualTo(320);
            for (Sample<double[]> s : vectors.samples()) {
                assertThat(loaded.probabilities(s.input())).containsExactly(fitted.probabilities(s.input()));
            }
        }
    }

    @Test
    void trainRefusesNetworksAndBadOptions() {
        Path model = dir.resolve("never.avrs");
        AffectCli net = AffectCli.run("eeg", "train", "--format", "deap", "--data", dir.toString(), "--model", "shallow",
                "--out", model.toString());
        assertThat(net.exitCode()).isEqualTo(2);
        assertThat(net.err()).contains("--model shallow");
        assertThat(AffectCli.run("eeg", "train", "--format", "deap", "--data", dir.toString(), "--features", "de,wavelet",
                "--out", model.toString()).exitCode()).isEqualTo(2);
        assertThat(AffectCli.run("eeg", "train", "--format", "deap", "--data", dir.toString(), "--step", "0",
                "--out", model.toString()).exitCode()).isEqualTo(2);
        AffectCli missing = AffectCli.run("eeg", "train", "--format", "deap", "--data", dir.resolve("nope").toString(),
                "--out", model.toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(model).doesNotExist();
    }

    @Test
    void usageErrorsExitTwoAndBadInputThree() {
        assertThat(AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--protocol", "kfold7")
                .exitCode()).isEqualTo(2);
        AffectCli sel = AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--model", "de-svm",
                "--select", "kurtosis:4");
        assertThat(sel.exitCode()).isEqualTo(2);
        assertThat(sel.err()).contains("--select applies to the networks");
        assertThat(AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--model", "shallow",
                "--select", "kurtosis:99", "--subjects", "1").exitCode()).isEqualTo(2);
        assertThat(AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.toString(), "--target", "joy")
                .exitCode()).isEqualTo(2);
        AffectCli missing = AffectCli.run("eeg", "eval", "--format", "deap", "--data", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nope").contains("not a folder");
        assertThat(AffectCli.run("eeg", "synth", "--out", dir.resolve("x").toString(), "--subjects", "0").exitCode())
                .isEqualTo(2);
    }
}
