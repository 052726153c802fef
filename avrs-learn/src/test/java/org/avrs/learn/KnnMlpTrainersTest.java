package org.avrs.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java kNN and MLP trainers: determinism, gradients, configs. The planted-signal and
 * shuffled-label checks every trainer passes are in {@link ClassifierTrainersTest}.
 */
class KnnMlpTrainersTest {

    static List<ClassifierTrainer> trainers() {
        return List.of(new KnnTrainer(KnnTrainer.Config.defaults()),
                new KnnTrainer(new KnnTrainer.Config(7, KnnTrainer.Weighting.DISTANCE)),
                new MlpTrainer(MlpTrainer.Config.defaults().withHidden(List.of(32)).withMaxEpochs(60)));
    }

    @Test
    void sameSeedGivesTheSameModelAndProbabilitiesAreDistributions() {
        Dataset<double[]> data = Planted.dataset(3, 8, 10, 2.0, 4);
        for (ClassifierTrainer t : trainers()) {
            Classifier a = t.fit(data);
            Classifier b = t.fit(data);
            for (Sample<double[]> s : data.samples()) {
                double[] p = a.probabilities(s.input());
                assertThat(p).as(t.describe()).containsExactly(b.probabilities(s.input()));
                assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
            }
            assertThat(a.provenance().trainer()).isEqualTo(t.describe());
        }
    }

    @Test
    void oneNearestNeighbourReturnsTheTrainingLabel() {
        Dataset<double[]> data = Planted.dataset(2, 4, 5, 0.5, 9);
        Classifier c = new KnnTrainer(new KnnTrainer.Config(1, KnnTrainer.Weighting.UNIFORM)).fit(data);
        for (Sample<double[]> s : data.samples()) {
            assertThat(c.predict(s.input())).isEqualTo(s.label());
        }
    }

    /** Central differences of the penalised batch loss match the back-propagated gradient. */
    @Test
    void backPropagationMatchesNumericalGradients() {
        Random rnd = new Random(3);
        int n = 6;
        double[][] x = new double[n][4];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rnd.nextGaussian();
            }
            y[i] = i % 3;
        }
        int[] order = {0, 1, 2, 3, 4, 5};
        MlpTrainer.Network net = MlpTrainer.Network.glorot(new int[] {4, 5, 3}, new Random(1));
        double alpha = 0.3;
        net.accumulate(x, y, order, 0, n, alpha);
        double h = 1e-6;
        for (int l = 0; l < 2; l++) {
            double[] analytic = net.gw[l].clone();
            double[] analyticB = net.gb[l].clone();
            for (int i = 0; i < net.w[l].length; i++) {
                double keep = net.w[l][i];
                net.w[l][i] = keep + h;
                double up = net.accumulate(x, y, order, 0, n, alpha);
                net.w[l][i] = keep - h;
                double down = net.accumulate(x, y, order, 0, n, alpha);
                net.w[l][i] = keep;
                assertThat(analytic[i]).as("dW[%d][%d]", l, i).isCloseTo((up - down) / (2 * h), within(1e-6));
            }
            for (int i = 0; i < net.b[l].length; i++) {
                double keep = net.b[l][i];
                net.b[l][i] = keep + h;
                double up = net.accumulate(x, y, order, 0, n, alpha);
                net.b[l][i] = keep - h;
                double down = net.accumulate(x, y, order, 0, n, alpha);
                net.b[l][i] = keep;
                assertThat(analyticB[i]).as("db[%d][%d]", l, i).isCloseTo((up - down) / (2 * h), within(1e-6));
            }
        }
    }

    @Test
    void configsRejectBadValues() {
        assertThatThrownBy(() -> new KnnTrainer.Config(0, KnnTrainer.Weighting.UNIFORM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k 0");
        assertThatThrownBy(() -> MlpTrainer.Config.defaults().withHidden(List.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width 0");
        assertThatThrownBy(() -> new MlpTrainer.Config(List.of(), 1, 1, Double.NaN, 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate NaN");
    }
}
