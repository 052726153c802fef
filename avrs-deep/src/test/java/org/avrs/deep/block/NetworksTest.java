package org.avrs.deep.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import java.util.List;
import java.util.function.Supplier;
import org.avrs.deep.DeepClassifier;
import org.junit.jupiter.api.Test;

class NetworksTest {

    /** Initialises the block (weights w, biases b when given) and runs it in inference mode. */
    private static NDArray run(NDManager m, Block block, NDArray x, Float weight, Float bias) {
        if (weight != null) {
            block.setInitializer(new ConstantInitializer(weight), Parameter.Type.WEIGHT);
        }
        if (bias != null) {
            block.setInitializer(new ConstantInitializer(bias), Parameter.Type.BIAS);
        }
        block.initialize(m, DataType.FLOAT32, x.getShape());
        NDArray y = block.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
        assertThat(y.getShape()).as("declared vs actual output shape")
                .isEqualTo(block.getOutputShapes(new Shape[] {x.getShape()})[0]);
        return y;
    }

    /** Trained values of a network on samples of the given shape. */
    private static long trainableParameters(NetworkConfig c, long... sampleShape) {
        try (DeepClassifier net = DeepClassifier.create(c, sampleShape, DeepClassifier.numberedLabels(c.numClasses()),
                "{}", 1)) {
            return net.trainableParameterCount();
        }
    }

    /**
     * One channel, time 3 × feature 2, input [[1, 2], [3, 4], [−50, 6]]; a single 3 × 3 filter of
     * ones with same padding sums each 3 × 3 neighbourhood: row 0 → 1+2+3+4 = 10 (both columns),
     * row 1 → 10 − 50 + 6 = −34, row 2 → 3 + 4 − 50 + 6 = −37. Batch norm in inference mode with
     * its initial statistics (mean 0, variance 1, γ 1, β 0) divides by √(1 + 1e-5); ReLU zeroes the
     * negatives; the 2 × 2 max-pool keeps rows 0–1 (floor drops row 2): 10/√1.00001 = 9.99995.
     */
    @Test
    void convStageMatchesHandComputation() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, 2, 3, 4, -50, 6}, new Shape(1, 1, 3, 2));
            NDArray y = run(m, ConvBnReluPool.builder().setFilters(1).build(), x, 1f, null);
            assertThat(y.getShape()).isEqualTo(new Shape(1, 1, 1, 1));
            assertThat(y.getFloat(0, 0, 0, 0)).isCloseTo(9.99995f, within(1e-5f));
        }
    }

    /**
     * Shallow net with identity convolutions (1 channel, 1 filter, kernel 1, weights 1, biases 0)
     * on x(t) = 2 sin(2πt/16), 64 samples: batch norm (inference, initial statistics) gives
     * x/√(1+1e-5); squaring and averaging over 32 samples (two whole periods) gives
     * A²/2/(1+1e-5) = 2/1.00001; the log gives ln 2 − ln 1.00001 = 0.693137181 per pooled step;
     * the dense layer (weights 1, bias 0) sums the 2 steps: 1.386274362.
     */
    @Test
    void shallowNetComputesLogBandPower() {
        float[] sine = new float[64];
        for (int t = 0; t < sine.length; t++) {
            sine[t] = (float) (2 * Math.sin(2 * Math.PI * t / 16));
        }
        try (NDManager m = NDManager.newBaseManager()) {
            Block net = new ShallowConvNet.Config(1, 1, 1, 1, 32, 32, 0.5, 0.1, 1e-6, true).newBlock();
            NDArray y = run(m, net, m.create(sine, new Shape(1, 64, 1)), 1f, 0f);
            assertThat(y.getFloat(0, 0)).isCloseTo(1.386274362f, within(2e-6f));
        }
    }

    /**
     * The fused first layer equals the two convolutions run one after the other, with the same
     * parameters: here with random weights, a non-zero temporal bias and random input (float32,
     * tolerance 1e-4 on outputs of order 1–10).
     */
    @Test
    void fusedSpatioTemporalConvolutionEqualsTheTwoConvolutions() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(2, 1, 30, 5));
            SpatioTemporalConv fused = new SpatioTemporalConv(6, 4, 7, 5, true);
            SpatioTemporalConv plain = new SpatioTemporalConv(6, 4, 7, 5, false);
            fused.setInitializer(new ai.djl.training.initializer.NormalInitializer(0.5f), p -> true);
            NDArray yFused = run(m, fused, x, null, null);
            plain.initialize(m, DataType.FLOAT32, x.getShape());
            for (int i = 0; i < 3; i++) {
                plain.getParameters().valueAt(i).getArray().set(fused.getParameters().valueAt(i).getArray().toFloatArray());
            }
            NDArray yPlain = plain.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            assertThat(yFused.getShape()).isEqualTo(new Shape(2, 7, 27, 1));
            assertThat(yFused.toFloatArray()).containsExactly(yPlain.toFloatArray(), within(1e-4f));
            assertThat(yPlain.abs().max().getFloat()).isGreaterThan(1f);
        }
    }

    /** Paper 03's variant at K = 68 channels: 512 → 510 → 121 steps, 4,840 features, 118,722 weights (eeg digest §2). */
    @Test
    void shallowNetPaper03ShapesAndParameterCount() {
        ShallowConvNet.Config c = ShallowConvNet.Config.paper03(2, 68);
        assertThat(c.pooledSteps(512)).isEqualTo(121);
        try (NDManager m = NDManager.newBaseManager()) {
            Block net = c.newBlock();
            NDArray y = run(m, net, m.randomNormal(new Shape(2, 512, 68)), null, null);
            assertThat(y.getShape()).isEqualTo(new Shape(2, 2));
            assertThat(trainableParameters(c, 512, 68)).isEqualTo(118_722);
        }
        // braindecode defaults: (512 − 24 − 75)/15 + 1 = 28 steps
        assertThat(ShallowConvNet.Config.defaults(2, 68).pooledSteps(512)).isEqualTo(28);
    }

    @Test
    void deepNetShapes() {
        try (NDManager m = NDManager.newBaseManager()) {
            DeepConvNet net = DeepConvNet.builder().setNumClasses(3).setChannels(8).build();
            NDArray y = run(m, net, m.randomNormal(new Shape(2, 512, 8)), null, null);
            assertThat(y.getShape()).isEqualTo(new Shape(2, 3));
            // 25·10+25 + 25·25·8 + 2·25 + Σ(f_in·f·10 + 2f) + 200·1·3 + 3 (time 512 → 167 → 52 → 14 → 1)
            long expected = 275 + 5000 + 50 + (25 * 50 * 10 + 100) + (50 * 100 * 10 + 200) + (100 * 200 * 10 + 400)
                    + 600 + 3;
            assertThat(trainableParameters(net.config(), 512, 8)).isEqualTo(expected);
        }
    }

    @Test
    void crnnOnThreeSecondsOfFeatures() {
        try (NDManager m = NDManager.newBaseManager()) {
            Crnn net = Crnn.builder().setNumClasses(7).build();
            NDArray y = run(m, net, m.randomNormal(new Shape(2, 1, 298, 43)), null, null);
            assertThat(y.getShape()).isEqualTo(new Shape(2, 7));
            // the conv stages leave 37 steps of 64 channels × 2 features for the BiGRU
            Shape[] s = {new Shape(2, 1, 298, 43)};
            for (int i = 0; i < 5; i++) {
                s = net.getChildren().get(i).getValue().getOutputShapes(s);
            }
            assertThat(s[0]).isEqualTo(new Shape(2, 37, 128));
        }
    }

    @Test
    void mlpAndRecurrentClassifierShapes() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray y = run(m, Mlp.builder().setNumClasses(4).optHidden(8, 6).optDropout(0.2).build(),
                    m.randomNormal(new Shape(5, 10)), null, null);
            assertThat(y.getShape()).isEqualTo(new Shape(5, 4));
            y = run(m, RecurrentClassifier.builder().setNumClasses(2).build(), m.randomNormal(new Shape(3, 40, 32)),
                    null, null);
            assertThat(y.getShape()).isEqualTo(new Shape(3, 2));
        }
    }

    @Test
    void buildersRefuseMissingRequiredFields() {
        List<Supplier<Block>> incomplete = List.of(
                () -> Crnn.builder().build(),
                () -> Mlp.builder().build(),
                () -> ShallowConvNet.builder().setNumClasses(2).build(),
                () -> DeepConvNet.builder().setChannels(4).build(),
                () -> RecurrentClassifier.builder().build(),
                () -> ConvBnReluPool.builder().build());
        for (Supplier<Block> s : incomplete) {
            assertThatThrownBy(s::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("required");
        }
    }

    @Test
    void configsRefuseBadValuesByName() {
        assertThatThrownBy(() -> new ShallowConvNet.Config(2, 4, 40, 25, 75, 15, Double.NaN, 0.1, 1e-6, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dropout NaN");
        assertThatThrownBy(() -> Crnn.builder().setNumClasses(2).optConvStages(List.of(8, 8), List.of(2), List.of(2, 2))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one entry per conv stage");
        assertThatThrownBy(() -> Crnn.builder().setNumClasses(2).optKernelSize(4).build())
                .hasMessageContaining("kernelSize 4");
        assertThatThrownBy(() -> Mlp.builder().setNumClasses(0).build()).hasMessageContaining("numClasses 0");
        assertThatThrownBy(() -> NetworkConfig.typeOf("resnet")).hasMessageContaining("unknown architecture \"resnet\"")
                .hasMessageContaining("crnn");
    }
}
