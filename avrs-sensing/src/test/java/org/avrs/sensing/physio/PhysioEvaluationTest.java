package org.avrs.sensing.physio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.eeg.EegEvaluation;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.SyntheticDeap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arousal from heart rate and skin conductance on synthetic DEAP files (planted in Plet and GSR). */
class PhysioEvaluationTest {

    @TempDir
    static Path dir;
    private static Dataset<Signal> arousal;

    @BeforeAll
    static void write() throws IOException {
        SyntheticDeap.write(SyntheticDeap.Config.small(4, 16, 20).withSeed(11), dir);
        arousal = new DeapPhysiology(dir, new RatingLabels("arousal", 5)).all();
    }

    @Test
    void deapPeripheralChannelsBecomePpgAndConductance() {
        Signal s = arousal.get(0).input();
        assertThat(s.channelNames()).containsExactly("PPG", "EDA");
        assertThat(s.units()).containsExactly("", "uS");
        assertThat(s.length()).isEqualTo(20 * 128);
        // SCL 2–10 µS plus SCRs of at most 0.5 µS each.
        assertThat(java.util.Arrays.stream(s.channel("EDA")).min().orElseThrow()).isBetween(1.9, 10.5);
        assertThat(arousal.get(0).id()).isEqualTo("s01/t01");
    }

    @Test
    void heartAndSkinPredictArousalAndShuffledLabelsDoNot() {
        PhysioFeatures features = new PhysioFeatures(DeapPhysiology.features());
        SvmTrainer svm = new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false));
        EegEvaluation.Config loso = EegEvaluation.Config.defaults().with(EegEvaluation.Scheme.LOSO,
                EegEvaluation.Variant.LEAK_FREE).withSubjectPrior(0);
        PhysioEvaluation real = PhysioEvaluation.run(arousal, features, svm, loso, EegEvaluation.Progress.NONE);
        PhysioEvaluation shuffled = PhysioEvaluation.run(arousal.withShuffledLabels(5), features, svm, loso,
                EegEvaluation.Progress.NONE);
        System.out.printf("physio arousal LOSO: %.3f (F1 %.3f), shuffled %.3f; dropped %s%n", real.result().accuracy(),
                real.result().f1(), shuffled.result().accuracy(), real.dropped());
        assertThat(real.dropped()).isEmpty();
        assertThat(real.result().windows()).isEqualTo(64);
        assertThat(real.result().accuracy()).isGreaterThan(0.85);
        // 64 trials: chance ± 3 binomial SDs is 0.5 ± 0.19.
        assertThat(shuffled.result().accuracy()).isBetween(0.31, 0.69);
    }

    @Test
    void missingFolderIsReportedByTheEegLoader() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DeapPhysiology(dir.resolve("none"),
                RatingLabels.deapDefault())).isInstanceOf(org.avrs.core.InvalidInputException.class)
                .hasMessageContaining("not a folder");
        assertThat(Files.exists(dir.resolve("s04.mat"))).isTrue();
    }
}
