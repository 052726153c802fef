package org.avrs.deep.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import org.junit.jupiter.api.Test;

class RecurrentStackTest {

    /** Single-precision engine arithmetic against double-precision hand values. */
    private static final float TOL = 1e-6f;

    private static float[] run(RecurrentStack block, float[] x, Shape shape) {
        try (NDManager m = NDManager.newBaseManager()) {
            block.setInitializer(new ConstantInitializer(0.5f), Parameter.Type.WEIGHT);
            block.setInitializer(new ConstantInitializer(0.1f), Parameter.Type.BIAS);
            block.initialize(m, DataType.FLOAT32, shape);
            NDArray out = block.forward(new ParameterStore(m, false), new NDList(m.create(x, shape)), false)
                    .singletonOrThrow();
            assertThat(out.getShape()).isEqualTo(block.getOutputShapes(new Shape[] {shape})[0]);
            return out.toFloatArray();
        }
    }

    /**
     * GRU, hidden 1, input 1, every weight 0.5, every bias 0.1 (b_i and b_h both), x = (1, 2), h0 = 0.
     * t=1: r = z = σ(0.5·1 + 0.1 + 0.5·0 + 0.1) = σ(0.7) = 0.668187772;
     *      n = tanh(0.5 + 0.1 + r·(0 + 0.1)) = tanh(0.666818777) = 0.582883385;
     *      h1 = (1 − z)·n + z·0 = 0.193407834.
     * t=2: r = z = σ(1.0 + 0.1 + 0.5·h1 + 0.1) = σ(1.296703917) = 0.785279735;
     *      n = tanh(1.1 + r·(0.5·h1 + 0.1)) = 0.849531683; h2 = (1 − z)·n + z·h1 = 0.334290921.
     * (Computed with Python's math module, double precision.)
     */
    @Test
    void gruMatchesHandComputation() {
        RecurrentStack gru = RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(1)
                .optBidirectional(false).optReturnSequences(true).build();
        float[] y = run(gru, new float[] {1, 2}, new Shape(1, 2, 1));
        assertThat(y[0]).isCloseTo(0.193407834f, within(TOL));
        assertThat(y[1]).isCloseTo(0.334290921f, within(TOL));
    }

    /**
     * The backward direction reads (2, 1): h = 0.191304205 after "2", then 0.326475922 after "1".
     * Re-reversed in time, the sequence output is [(0.193407834, 0.326475922), (0.334290921,
     * 0.191304205)] and the last state is [fwd at t=2 ‖ bwd at t=1] = (0.334290921, 0.326475922).
     */
    @Test
    void bidirectionalGruConcatenatesForwardAndTimeReversedBackward() {
        RecurrentStack seq = RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(1)
                .optReturnSequences(true).build();
        assertThat(run(seq, new float[] {1, 2}, new Shape(1, 2, 1)))
                .containsExactly(new float[] {0.193407834f, 0.326475922f, 0.334290921f, 0.191304205f}, within(TOL));
        RecurrentStack last = RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(1).build();
        assertThat(run(last, new float[] {1, 2}, new Shape(1, 2, 1)))
                .containsExactly(new float[] {0.334290921f, 0.326475922f}, within(TOL));
    }

    /**
     * LSTM, hidden 1, weights 0.5, biases 0.1, x = (1, 2): every gate sees a = 0.5x + 0.2 + 0.5h.
     * t=1: a = 0.7, c1 = σ(a)·tanh(a) = 0.403831159, h1 = σ(a)·tanh(c1) = 0.256064434.
     * t=2: a = 1.328032217, c2 = σ(a)·c1 + σ(a)·tanh(a) = 1.006008328, h2 = σ(a)·tanh(c2) = 0.604037200.
     */
    @Test
    void lstmMatchesHandComputation() {
        RecurrentStack lstm = RecurrentStack.builder().setCell(RecurrentCell.LSTM).setHiddenSizes(1)
                .optBidirectional(false).optReturnSequences(true).build();
        assertThat(run(lstm, new float[] {1, 2}, new Shape(1, 2, 1)))
                .containsExactly(new float[] {0.256064434f, 0.604037200f}, within(TOL));
    }

    @Test
    void declaredShapesMatchActualOnes() {
        Shape in = new Shape(3, 5, 4);
        RecurrentStack seq = RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(6, 2)
                .optReturnSequences(true).build();
        assertThat(seq.getOutputShapes(new Shape[] {in})[0]).isEqualTo(new Shape(3, 5, 4));
        assertThat(run(seq, new float[60], in)).hasSize(3 * 5 * 4);
        RecurrentStack last = RecurrentStack.builder().setCell(RecurrentCell.LSTM).setHiddenSizes(6, 2)
                .optBidirectional(false).build();
        assertThat(last.getOutputShapes(new Shape[] {in})[0]).isEqualTo(new Shape(3, 2));
        assertThat(run(last, new float[60], in)).hasSize(3 * 2);
    }

    @Test
    void builderRefusesMissingOrBadFields() {
        assertThatThrownBy(() -> RecurrentStack.builder().setHiddenSizes(4).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("setCell");
        assertThatThrownBy(() -> RecurrentStack.builder().setCell(RecurrentCell.GRU).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("setHiddenSizes");
        assertThatThrownBy(() -> RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(4, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden size 0");
        assertThatThrownBy(() -> RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(4)
                .optDropout(Float.NaN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dropout NaN");
    }
}
