package org.avrs.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every trainer learns a planted signal across groups, and stays at chance on shuffled labels. */
class ClassifierTrainersTest {

    /** The trainers whose models {@link ClassifierFile} can save (Tribuo models). */
    static List<ClassifierTrainer> tribuoTrainers() {
        return List.of(new SvmTrainer(SvmTrainer.Config.defaults()),
                new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false)),
                new ForestTrainer(new ForestTrainer.Config(60, 12, 0, 7)));
    }

    static List<ClassifierTrainer> trainers() {
        List<ClassifierTrainer> all = new java.util.ArrayList<>(tribuoTrainers());
        all.addAll(List.of(new KnnTrainer(KnnTrainer.Config.defaults()),
                new KnnTrainer(new KnnTrainer.Config(7, KnnTrainer.Weighting.DISTANCE)),
                new MlpTrainer(MlpTrainer.Config.defaults().withHidden(List.of(32)).withMaxEpochs(60))));
        return all;
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void learnsAPlantedSignalOnUnseenGroups(ClassifierTrainer trainer) {
        // Group normalisation removes each group's offset, as speaker normalisation does in SER.
        Dataset<double[]> data = GroupNormalization.apply(Planted.dataset(6, 12, 10, 3.0, 1));
        CrossValidation.Result r = CrossValidation.run(trainer, data, Planted.leaveOneGroupOut(), 2,
                CrossValidation.Progress.NONE);
        double acc = Planted.accuracy(r.truth(), r.predicted());
        System.out.printf("%s: planted accuracy %.3f (chance 1/7 = 0.143)%n", trainer.describe(), acc);
        assertThat(acc).isGreaterThan(0.7);
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void shuffledLabelsStayAtChance(ClassifierTrainer trainer) {
        Dataset<double[]> data = GroupNormalization.apply(Planted.dataset(6, 12, 10, 3.0, 2)).withShuffledLabels(5);
        CrossValidation.Result r = CrossValidation.run(trainer, data, Planted.leaveOneGroupOut(), 2,
                CrossValidation.Progress.NONE);
        double acc = Planted.accuracy(r.truth(), r.predicted());
        System.out.printf("%s: shuffled-label accuracy %.3f (chance 0.143)%n", trainer.describe(), acc);
        // 504 test predictions: chance ± 3 binomial standard deviations is 0.143 ± 0.047.
        assertThat(acc).isBetween(0.07, 0.22);
    }

    @Test
    void probabilitiesAreADistributionOverTheLabelSet() {
        Dataset<double[]> data = Planted.dataset(3, 8, 10, 3.0, 3);
        Classifier c = new SvmTrainer(SvmTrainer.Config.defaults()).fit(data);
        double[] p = c.probabilities(data.get(0).input());
        assertThat(p).hasSize(7);
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(java.util.Arrays.stream(p).boxed().toList()).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
        assertThat(c.provenance().samples()).isEqualTo(data.size());
        assertThat(c.provenance().datasetFingerprint()).isEqualTo(data.fingerprint());
    }

    @Test
    void sameSeedGivesTheSameModel() {
        Dataset<double[]> data = Planted.dataset(3, 8, 10, 2.0, 4);
        for (ClassifierTrainer t : trainers()) {
            Classifier a = t.fit(data);
            Classifier b = t.fit(data);
            for (Sample<double[]> s : data.samples()) {
                assertThat(a.probabilities(s.input())).as(t.describe()).containsExactly(b.probabilities(s.input()));
            }
        }
    }

    @Test
    void refusesUnusableTrainingSets() {
        Dataset<double[]> oneClass = new Dataset<>("one", org.avrs.core.EmotionSet.EMODB, List.of(
                Sample.of("a", new double[] {1, 2}, 0, Group.speaker("1"), "t"),
                Sample.of("b", new double[] {2, 1}, 0, Group.speaker("1"), "t")));
        assertThatThrownBy(() -> new SvmTrainer(SvmTrainer.Config.defaults()).fit(oneClass))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only one class");
        assertThatThrownBy(() -> new SvmTrainer.Config(0, Double.NaN, true, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost 0.0");
        assertThatThrownBy(() -> new SvmTrainer.Config(1, -1, true, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
    }

    @Test
    void predictionRejectsWrongLengthAndNonFiniteVectors() {
        Classifier c = new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false))
                .fit(Planted.dataset(2, 5, 10, 3.0, 6));
        assertThatThrownBy(() -> c.probabilities(new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values, expected 10");
        double[] bad = new double[10];
        bad[4] = Double.NaN;
        assertThatThrownBy(() -> c.probabilities(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature 4 is NaN");
    }
}
