package org.avrs.deep.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/**
 * Two samples, two classes: logits (0, 0) with label 0 give −ln ½ = ln 2 = 0.693147181; logits
 * (ln 3, 0) with label 1 give softmax (¾, ¼) and −ln ¼ = ln 4 = 1.386294361. Unweighted mean
 * 1.039720771; with class weights (1, 3): (1·ln 2 + 3·ln 4)/(1 + 3) = 1.213007566 (PyTorch's
 * weighted-mean convention). Float32, tolerance 1e-6.
 */
class CrossEntropyLossTest {

    private static float loss(float[] weights, boolean fromLogits, float[] scores) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList labels = new NDList(m.create(new int[] {0, 1}));
            NDList predictions = new NDList(m.create(scores, new Shape(2, 2)));
            return new CrossEntropyLoss(weights, fromLogits).evaluate(labels, predictions).getFloat();
        }
    }

    @Test
    void softmaxCrossEntropyOnLogits() {
        float[] logits = {0, 0, (float) Math.log(3), 0};
        assertThat(loss(null, true, logits)).isCloseTo(1.039720771f, within(1e-6f));
        assertThat(loss(new float[] {1, 3}, true, logits)).isCloseTo(1.213007566f, within(1e-6f));
    }

    @Test
    void negativeLogLikelihoodOnLogProbabilities() {
        float[] logp = {(float) Math.log(0.5), (float) Math.log(0.5), (float) Math.log(0.75), (float) Math.log(0.25)};
        assertThat(loss(null, false, logp)).isCloseTo(1.039720771f, within(1e-6f));
        assertThat(loss(new float[] {1, 3}, false, logp)).isCloseTo(1.213007566f, within(1e-6f));
    }
}
