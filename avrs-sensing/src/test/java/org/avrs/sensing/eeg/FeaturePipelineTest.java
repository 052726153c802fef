package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.ForestTrainer;
import org.avrs.learn.KnnTrainer;
import org.avrs.learn.MlpTrainer;
import org.avrs.learn.SvmTrainer;
import org.avrs.signal.eeg.Band;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** P10's feature pipeline: DE/PSD/DASM/RASM/Hjorth per window → scaler → SVM / kNN / RF / MLP. */
class FeaturePipelineTest {

    private static Dataset<double[]> features;

    @BeforeAll
    static void extract() {
        features = CorpusViews.features(SyntheticCorpus.corpus(SyntheticCorpus.small(), "valence"), List.of(),
                FeatureWindows.defaults(), CorpusViews.Progress.NONE);
    }

    static List<ClassifierTrainer> trainers() {
        return List.of(new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false)),
                // Strong L2 (alpha 1) and small batches: 48 training windows of 556 features per subject fold.
                new MlpTrainer(new MlpTrainer.Config(List.of(32), 200, 16, 1e-3, 1.0, 1e-4, 10, 42)),
                new KnnTrainer(KnnTrainer.Config.defaults()),
                new ForestTrainer(new ForestTrainer.Config(60, 12, 0, 7)));
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void everyClassifierFindsThePlantedValenceEffect(ClassifierTrainer trainer) {
        EegResult r = EegEvaluation.features(features, new FeatureTrainer(trainer), EegEvaluation.Config.defaults(),
                EegEvaluation.Progress.NONE);
        System.out.printf("%s: within-subject leak-free accuracy %.3f, macro-F1 %.3f (chance %.3f)%n",
                trainer.describe(), r.accuracy(), r.f1(), r.chance());
        assertThat(r.windows()).isEqualTo(180);
        assertThat(r.perSubject()).hasSize(3);
        assertThat(r.chance()).isEqualTo(0.5);
        // 30 trials of 6 windows: a chance-level model lands at 0.5 ± 0.09 (1 SD over trials).
        assertThat(r.accuracy()).isGreaterThan(0.75);
    }

    @Test
    void leakFreeAndP3ProtocolsSideBySide() {
        FeatureTrainer svm = new FeatureTrainer(new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false)));
        EegResult leakFree = EegEvaluation.features(features, svm, EegEvaluation.Config.defaults(),
                EegEvaluation.Progress.NONE);
        EegResult p3 = EegEvaluation.features(features, svm, EegEvaluation.Config.defaults().with(
                EegEvaluation.Scheme.WITHIN_SUBJECT, EegEvaluation.Variant.P3), EegEvaluation.Progress.NONE);
        EegResult loso = EegEvaluation.features(features, svm, EegEvaluation.Config.defaults().with(
                EegEvaluation.Scheme.LOSO, EegEvaluation.Variant.LEAK_FREE).withSubjectPrior(0),
                EegEvaluation.Progress.NONE);
        System.out.printf("de-svm: leak-free %.3f, P3 %.3f, LOSO (per-subject z-score) %.3f%n", leakFree.accuracy(),
                p3.accuracy(), loso.accuracy());
        assertThat(leakFree.accuracy()).isGreaterThan(0.8);
        assertThat(p3.accuracy()).isGreaterThan(0.8);
        assertThat(loso.accuracy()).isGreaterThan(0.7);
        assertThat(loso.protocol()).contains("leave-one-subject-out").contains("z-scored per subject");
    }

    /** Labels shuffled among each subject's trials (60 trials in all): accuracy falls to chance. */
    @Test
    void shuffledTrialLabelsStayAtChance() {
        SyntheticDeap.Config c = SyntheticDeap.Config.small(6, 10, 12).withSeed(7);
        EegCorpus corpus = SyntheticCorpus.corpus(c, "valence");
        FeatureTrainer svm = new FeatureTrainer(new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false)));
        EegResult real = EegEvaluation.features(CorpusViews.features(corpus, List.of(), FeatureWindows.defaults(),
                CorpusViews.Progress.NONE), svm, EegEvaluation.Config.defaults(), EegEvaluation.Progress.NONE);
        EegResult shuffled = EegEvaluation.features(CorpusViews.features(CorpusViews.shuffled(corpus, 3), List.of(),
                FeatureWindows.defaults(), CorpusViews.Progress.NONE), svm, EegEvaluation.Config.defaults(),
                EegEvaluation.Progress.NONE);
        System.out.printf("de-svm 6 subjects: planted %.3f, shuffled trial labels %.3f%n", real.accuracy(),
                shuffled.accuracy());
        assertThat(real.accuracy()).isGreaterThan(0.8);
        // 60 independent trials: chance ± 3 binomial SDs is 0.5 ± 0.19.
        assertThat(shuffled.accuracy()).isBetween(0.31, 0.69);
    }

    /** A 10 Hz sine of amplitude A: alpha band power A²/2 (Parseval), band DE ½·ln(2πe·A²/2). */
    @Test
    void windowFeaturesOfASineMatchTheClosedForms() {
        double a = 20;
        double fs = 128;
        double[] x = new double[256];
        double[] y = new double[256];
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = a * Math.sin(2 * Math.PI * 10 * i / fs);
            y[i] = rnd.nextGaussian();
        }
        Signal w = Signal.builder().sampleRate(fs).channels(x, y).names(List.of("F3", "F4")).build();
        WindowFeatures f = new WindowFeatures(WindowFeatures.Config.defaults(), List.of("F3", "F4"), fs);
        assertThat(f.names()).hasSize(2 * 5 + 2 * 5 + 2 * 5 + 2 * 3);
        double[] v = f.extract(w);
        double logPower = v[f.names().indexOf("F3_alpha_logpower")];
        assertThat(logPower).isCloseTo(Math.log(a * a / 2), within(0.02));
        double de = v[f.names().indexOf("F3_alpha_de")];
        // filtfilt over a 2 s window: edge transients cost a little variance.
        assertThat(de).isCloseTo(0.5 * Math.log(2 * Math.PI * Math.E * a * a / 2), within(0.05));
        double dasm = v[f.names().indexOf("F3-F4_alpha_dasm")];
        assertThat(dasm).isCloseTo(de - v[f.names().indexOf("F4_alpha_de")], within(1e-12));
        assertThat(v[f.names().indexOf("F3_mobility")]).isCloseTo(2 * Math.sin(Math.PI * 10 / fs), within(0.005));
    }

    @Test
    void aFlatChannelIsRefusedByName() {
        Signal w = Signal.builder().sampleRate(128).channels(new double[256], new double[256])
                .names(List.of("F3", "F4")).build();
        WindowFeatures f = new WindowFeatures(WindowFeatures.Config.defaults().withKinds(
                List.of(WindowFeatures.Kind.DE)).withBands(List.of(new Band("alpha", 8, 14))), List.of("F3", "F4"), 128);
        assertThatThrownBy(() -> f.extract(w)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("F3_alpha_de").hasMessageContaining("-Infinity");
        assertThatThrownBy(() -> WindowFeatures.Config.kinds("de,wavelet")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'wavelet'");
    }
}
