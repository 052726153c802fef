package org.avrs.cli.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.avrs.cli.CliRun;
import org.avrs.core.Signal;
import org.avrs.signal.io.WavFormat;
import org.avrs.signal.io.WavWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avrs speech eval/train/predict} on a small synthetic corpus with EmoDB's file names. */
class SpeechCommandTest {

    @TempDir
    static Path dir;

    static Path corpus;

    /** 3 speakers × 7 emotions × 2 texts; emotion c is a harmonic tone at 120·1.25^c Hz. */
    @BeforeAll
    static void writeCorpus() throws Exception {
        corpus = Files.createDirectories(dir.resolve("emodb/wav"));
        Random rnd = new Random(1);
        String letters = "WLEAFTN";
        double rate = 16000;
        for (String speaker : new String[] {"03", "08", "09"}) {
            for (String text : new String[] {"a01", "a02"}) {
                for (int c = 0; c < 7; c++) {
                    double f0 = 120 * Math.pow(1.25, c) * (1 + 0.02 * rnd.nextGaussian());
                    double[] x = new double[(int) (0.6 * rate)];
                    for (int i = 0; i < x.length; i++) {
                        double t = i / rate;
                        double s = 0;
                        for (int h = 1; h <= 4; h++) {
                            s += Math.sin(2 * Math.PI * h * f0 * t) / h;
                        }
                        x[i] = 0.2 * Math.sin(Math.PI * t / 0.6) * s + 0.002 * rnd.nextGaussian();
                    }
                    WavWriter.write(Signal.of(rate, x), WavFormat.Encoding.PCM_S16,
                            corpus.resolve(speaker + text + letters.charAt(c) + "a.wav"));
                }
            }
        }
    }

    @Test
    void evalPrintsUarWarRecallConfusionAndFoldsAsJson() throws Exception {
        CliRun run = CliRun.of("speech", "eval", "--data", corpus.getParent().toString(), "--model", "rf",
                "--features", "mfcc-functionals", "--no-cache", "--json", "--quiet", "--seeds", "2",
                "--report", dir.resolve("out/eval.html").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        System.out.printf("synthetic corpus, rf: UAR %.3f ± %.3f%n", json.get("uar").asDouble(), json.get("uarSd").asDouble());
        assertThat(json.get("uar").asDouble()).isGreaterThan(0.5);
        assertThat(json.get("war").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("perClassRecall").size()).isEqualTo(7);
        assertThat(json.get("perClassRecall").has("boredom")).isTrue();
        assertThat(json.get("confusion")).hasSize(7);
        assertThat(json.get("confusion").get(0)).hasSize(7);
        assertThat(json.get("folds")).hasSize(3);
        assertThat(json.get("folds").get(0).get("uar").isNumber()).isTrue();
        assertThat(json.get("seeds")).hasSize(2);
        assertThat(Files.readString(dir.resolve("out/eval.html"))).contains("confusion matrix");
    }

    @Test
    void shuffledLabelsAreAControlRunComparedByAPairedTTest() throws Exception {
        CliRun real = CliRun.of("speech", "eval", "--data", corpus.getParent().toString(), "--model", "rf",
                "--features", "mfcc-functionals", "--no-cache", "--json", "--quiet");
        Path realJson = Files.writeString(dir.resolve("real.json"), real.out());
        CliRun run = CliRun.of("speech", "eval", "--data", corpus.getParent().toString(), "--model", "rf",
                "--features", "mfcc-functionals", "--no-cache", "--json", "--quiet", "--shuffled-labels",
                "--compare", realJson.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("shuffledLabels").asBoolean()).isTrue();
        assertThat(json.get("uar").asDouble()).isLessThan(0.45);
        JsonNode c = json.get("comparison");
        assertThat(c.get("test").asText()).contains("paired t-test");
        assertThat(c.get("df").asDouble()).isEqualTo(2.0);
        assertThat(c.get("t").asDouble()).as("shuffled − real is negative").isNegative();
    }

    @Test
    void trainThenPredictGivesDistributionAndVadPerFile() throws Exception {
        Path model = dir.resolve("m.avrs");
        CliRun train = CliRun.of("speech", "train", "--data", corpus.getParent().toString(), "--model", "svm",
                "--features", "mfcc-functionals", "--no-cache", "--quiet", "--out", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        CliRun predict = CliRun.of("speech", "predict", model.toString(), corpus.resolve("03a01Wa.wav").toString(),
                corpus.resolve("08a02Ta.wav").toString(), "--json");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(predict.out());
        assertThat(json).hasSize(2);
        for (JsonNode f : json) {
            assertThat(f.get("distribution").size()).isEqualTo(7);
            assertThat(f.get("label").asText()).isNotBlank();
            for (String dim : new String[] {"valence", "arousal", "dominance"}) {
                assertThat(f.get(dim).asDouble()).isBetween(-1.0, 1.0);
            }
        }
        CliRun text = CliRun.of("speech", "predict", model.toString(), corpus.resolve("03a01Wa.wav").toString(),
                "--same-speaker");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("03a01Wa.wav").contains("valence");
    }

    @Test
    void trainCanTakeItsLeaveOneSpeakerOutFiguresFromAnEvaluation() throws Exception {
        CliRun eval = CliRun.of("speech", "eval", "--data", corpus.getParent().toString(), "--model", "svm",
                "--features", "mfcc-functionals", "--no-cache", "--json", "--quiet");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        Path evalJson = Files.writeString(dir.resolve("svm-eval.json"), eval.out());
        double uar = new ObjectMapper().readTree(eval.out()).get("uar").asDouble();
        Path model = dir.resolve("from-eval.avrs");
        CliRun train = CliRun.of("speech", "train", "--data", corpus.getParent().toString(), "--model", "svm",
                "--features", "mfcc-functionals", "--no-cache", "--quiet", "--loso-from", evalJson.toString(), "--out",
                model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        var notes = org.avrs.sensing.speech.SpeechEmotionModel.load(model).notes();
        assertThat(Double.parseDouble(notes.get("loso.uar"))).isEqualTo(uar);
        assertThat(notes.get("loso.source")).contains("leave-one-speaker-out").contains("svm-eval.json");
        assertThat(notes.get("train.command")).contains("--loso-from");

        CliRun mismatch = CliRun.of("speech", "train", "--data", corpus.getParent().toString(), "--model", "svm",
                "--prior-weight", "0", "--features", "mfcc-functionals", "--no-cache", "--quiet", "--loso-from",
                evalJson.toString(), "--out", dir.resolve("x.avrs").toString());
        assertThat(mismatch.exitCode()).isEqualTo(3);
        assertThat(mismatch.err()).contains("kappa 5.0").contains("kappa 0.0");
    }

    @Test
    void usageErrorsExit2AndBadInputExits3OnOneLine() throws Exception {
        assertThat(CliRun.of("speech", "eval", "--data", corpus.toString(), "--model", "bogus").exitCode()).isEqualTo(2);
        CliRun features = CliRun.of("speech", "eval", "--data", corpus.toString(), "--model", "crnn", "--features",
                "functionals");
        assertThat(features.exitCode()).isEqualTo(2);
        assertThat(features.err()).contains("logmel, mfcc or imemd43");
        assertThat(CliRun.of("speech", "eval", "--data", corpus.toString(), "--protocol", "kfold").exitCode())
                .isEqualTo(2);

        CliRun missing = CliRun.of("speech", "eval", "--data", dir.resolve("nope").toString(), "--quiet");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("does not exist");

        Path notModel = Files.writeString(dir.resolve("not-a-model.avrs"), "hello");
        CliRun bad = CliRun.of("speech", "predict", notModel.toString(), corpus.resolve("03a01Wa.wav").toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("not-a-model.avrs");
    }
}
