package org.avrs.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectingTrainerTest {

    @TempDir
    Path dir;

    /** Columns 0–9 pure noise; columns 10–19 carry the planted class signal. */
    private static Dataset<double[]> noiseThenSignal(long seed) {
        Dataset<double[]> planted = GroupNormalization.apply(Planted.dataset(5, 8, 10, 3.0, seed));
        java.util.Random rnd = new java.util.Random(seed + 1);
        return planted.map(x -> {
            double[] out = new double[20];
            for (int j = 0; j < 10; j++) {
                out[j] = rnd.nextGaussian();
            }
            System.arraycopy(x, 0, out, 10, 10);
            return out;
        });
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static SvmTrainer svm() {
        return new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false));
    }

    @Test
    void choosesTheInformativeColumnsByInnerCrossValidation() {
        List<SelectingTrainer.Selection> seen = new ArrayList<>();
        SelectingTrainer t = new SelectingTrainer(List.of(
                new SelectingTrainer.Candidate("noise", new ColumnSubsetTrainer("noise", range(0, 10), svm())),
                new SelectingTrainer.Candidate("signal", new ColumnSubsetTrainer("signal", range(10, 20), svm()))),
                Planted.leaveOneGroupOut(), seen::add);
        Classifier c = t.fit(noiseThenSignal(3));
        assertThat(seen).hasSize(1);
        SelectingTrainer.Selection s = seen.get(0);
        System.out.printf("inner UAR: noise %.3f, signal %.3f%n", s.innerUar()[0], s.innerUar()[1]);
        assertThat(s.chosen().name()).isEqualTo("signal");
        assertThat(s.innerUar()[1]).isGreaterThan(0.7);
        assertThat(s.innerUar()[0]).isLessThan(0.3);
        assertThat(c.featureCount()).isEqualTo(20);
        assertThat(((ColumnSubsetClassifier) c).columns()).containsExactly(range(10, 20));
        assertThat(c.provenance().trainer()).contains("selected 'signal' of 2");
    }

    @Test
    void inNestedCrossValidationNoFitEverSeesTheOuterTestGroup() {
        List<Set<Group>> fits = Collections.synchronizedList(new ArrayList<>());
        ClassifierTrainer spy = new ClassifierTrainer() {
            @Override
            public String describe() {
                return "spy";
            }

            @Override
            public Classifier fit(Dataset<double[]> training) {
                fits.add(new HashSet<>(training.groups()));
                return svm().fit(training);
            }
        };
        SelectingTrainer t = new SelectingTrainer(List.of(new SelectingTrainer.Candidate("a", spy),
                new SelectingTrainer.Candidate("b", spy)), Planted.leaveOneGroupOut(), s -> { });
        Dataset<double[]> data = noiseThenSignal(4);
        int g = data.groups().size();
        CrossValidation.run(t, data, Planted.leaveOneGroupOut(), 2, CrossValidation.Progress.NONE);
        // per outer fold: 2 candidates × (g − 1) inner fits on g − 2 groups, then one final fit on g − 1 groups
        assertThat(fits).hasSize(g * (2 * (g - 1) + 1));
        assertThat(fits).allSatisfy(groups -> assertThat(groups.size()).isLessThan(g));
        Set<Group> leftOutByFinalFits = new HashSet<>();
        for (Set<Group> f : fits) {
            if (f.size() == g - 1) {
                Set<Group> missing = new HashSet<>(data.groups());
                missing.removeAll(f);
                leftOutByFinalFits.addAll(missing);
            }
        }
        assertThat(leftOutByFinalFits).containsExactlyInAnyOrderElementsOf(data.groups());
    }

    @Test
    void aColumnSubsetModelRoundTripsThroughTheModelFile() throws Exception {
        Dataset<double[]> data = noiseThenSignal(5);
        int[] cols = {12, 13, 14, 15, 17, 19};
        Classifier c = new ColumnSubsetTrainer("some", cols, new SvmTrainer(SvmTrainer.Config.defaults())).fit(data);
        Path file = dir.resolve("subset.avrs");
        ClassifierFile.save(c, Map.of(), file);
        Classifier loaded = ClassifierFile.load(file).classifier();
        assertThat(loaded.featureCount()).isEqualTo(20);
        assertThat(((ColumnSubsetClassifier) loaded).columns()).containsExactly(cols);
        for (Sample<double[]> s : data.samples()) {
            assertThat(loaded.probabilities(s.input())).containsExactly(c.probabilities(s.input()));
        }
        assertThat(ClassifierFile.ranges(cols)).isEqualTo("12-15,17,19");
        assertThatThrownBy(() -> ClassifierFile.parseRanges("1-3,9", 3)).hasMessageContaining("more than 3");
    }

    @Test
    void refusesBadColumnsAndNoCandidates() {
        assertThatThrownBy(() -> new ColumnSubsetTrainer("x", new int[] {1, 1}, svm())).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new ColumnSubsetTrainer("x", new int[] {25}, svm()).fit(noiseThenSignal(6)))
                .hasMessageContaining("beyond");
        assertThatThrownBy(() -> new SelectingTrainer(List.of(), Planted.leaveOneGroupOut(), s -> { }))
                .hasMessageContaining("at least one candidate");
    }
}
