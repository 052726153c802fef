package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.avrs.core.AffectEstimate;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.core.stats.TestResult;
import org.avrs.core.testing.SharedData;
import org.avrs.learn.CrossValidation;
import org.avrs.learn.SvmTrainer;
import org.avrs.signal.io.WavReader;
import org.avrs.signal.summary.Functionals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassicalPipelineTest {

    @TempDir
    Path dir;

    /** Few features, one fast model: the control is about the pipeline's plumbing, not its accuracy. */
    private static final SpeechFeatures CHEAP = new SpeechFeatures(13,
            List.of(Functionals.Statistic.MEAN, Functionals.Statistic.STD));

    @Test
    void shuffledLabelsOnEmoDbLandAtChanceWhileTrueLabelsDoNot() {
        Dataset<Path> corpus = EmoDb.load(SharedData.require("emodb"));
        Dataset<double[]> vectors = SpeechVectors.extract(corpus, CHEAP, 2, n -> { });
        SvmTrainer svm = new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false));
        SpeechEvaluation real = SpeechEvaluation.run(vectors, svm, 5, new LeaveOneGroupOut(), 2,
                CrossValidation.Progress.NONE);
        double[] shuffledUar = new double[3];
        for (int seed = 0; seed < shuffledUar.length; seed++) {
            shuffledUar[seed] = SpeechEvaluation.run(vectors.withShuffledLabels(100 + seed), svm, 5,
                    new LeaveOneGroupOut(), 2, CrossValidation.Progress.NONE).uar();
        }
        System.out.printf("EmoDB LOSO, 26 MFCC functionals, SVM: UAR %.3f; shuffled labels %s (chance 0.143)%n",
                real.uar(), java.util.Arrays.toString(shuffledUar));
        assertThat(real.uar()).isGreaterThan(0.45);
        // 535 predictions over 7 classes: the UAR of a chance predictor has sd ≈ 0.016; allow 4 sd
        for (double u : shuffledUar) {
            assertThat(u).isBetween(0.143 - 0.065, 0.143 + 0.065);
        }
    }

    @Test
    void svmWithNestedSelectionLearnsSyntheticSpeechAndTheModelRoundTrips() throws Exception {
        Dataset<Path> corpus = EmoDb.load(SyntheticSpeech.emoDbLike(dir.resolve("c"), 3, 1, 16000, 0.6, 2));
        AcousticFunctionals f = AcousticFunctionals.defaults().withActiveDb(List.of(Double.POSITIVE_INFINITY, 30.0));
        Dataset<double[]> vectors = SpeechVectors.extract(corpus, f, 2, n -> { });
        List<String> chosen = new java.util.ArrayList<>();
        var svm = SpeechTrainers.svm(f, new SpeechTrainers.SvmGrid(List.of(1.0, 10.0), List.of(1.0)), false, 1,
                s -> chosen.add(s.chosen().name()));
        assertThat(svm.candidates()).hasSize(4);
        SpeechEvaluation e = SpeechEvaluation.run(vectors, svm, 0, new LeaveOneGroupOut(), 1,
                CrossValidation.Progress.NONE);
        System.out.printf("synthetic, 3 speakers, nested SVM: UAR %.3f, choices %s%n", e.uar(), chosen);
        assertThat(chosen).hasSize(3);
        assertThat(e.uar()).isGreaterThan(0.6);
        assertThat(e.perClassRecall()).hasSize(7);
        TestResult t = e.pairedTTest(e);
        assertThat(t.pValue()).isNaN();

        SpeechEmotionModel m = SpeechEmotionModel.train(f, vectors,
                SpeechTrainers.svm(f, new SpeechTrainers.SvmGrid(List.of(10.0), List.of(1.0)), true, 1, s -> { }), 5,
                Map.of("loso.uar", Double.toString(e.uar())));
        Path file = dir.resolve("m.avrs");
        m.save(file);
        SpeechEmotionModel loaded = SpeechEmotionModel.load(file);
        assertThat(loaded.features()).isEqualTo(f);
        assertThat(loaded.notes()).containsEntry("loso.uar", Double.toString(e.uar()));
        AffectEstimate a = m.recognize(WavReader.read(corpus.get(4).input()));
        AffectEstimate b = loaded.recognize(WavReader.read(corpus.get(4).input()));
        assertThat(b.affect().distribution().orElseThrow()).containsExactly(a.affect().distribution().orElseThrow());
    }

    @Test
    void theMlpLearnsSyntheticSpeech() throws Exception {
        Dataset<Path> corpus = EmoDb.load(SyntheticSpeech.emoDbLike(dir.resolve("m"), 3, 1, 16000, 0.6, 3));
        Dataset<double[]> vectors = SpeechVectors.extract(corpus, CHEAP, 2, n -> { });
        MlpTrainer mlp = new MlpTrainer(new MlpTrainer.Config(List.of(32), 0.2, 60, 8, 3e-3, 1));
        SpeechEvaluation e = SpeechEvaluation.run(vectors, mlp, 0, new LeaveOneGroupOut(), 1,
                CrossValidation.Progress.NONE);
        System.out.printf("synthetic, 3 speakers, MLP: UAR %.3f%n", e.uar());
        assertThat(e.uar()).isGreaterThan(0.5);
        var c = mlp.fit(vectors);
        double[] p = c.probabilities(vectors.get(0).input());
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
