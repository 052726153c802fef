package org.avrs.deep.block;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * DeepConvNet (Schirrmeister et al. 2017, doi:10.1002/hbm.23730), with the conventions of
 * braindecode's Deep4Net.
 *
 * <p><b>Input</b> (batch, time T, channels C); <b>output</b> logits (batch, numClasses). Layers:
 * <ol>
 *   <li>temporal conv: 25 filters (k × 1), with bias; spatial conv: 25 filters (1 × C), no bias;</li>
 *   <li>batch norm, ELU (α = 1), max-pool (p × 1) with stride s along time;</li>
 *   <li>three blocks of dropout → conv (k × 1, no bias) → batch norm → ELU → max-pool, with 50,
 *       100 and 200 filters;</li>
 *   <li>flatten, dense layer to numClasses.</li>
 * </ol>
 * Defaults k = 10, p = s = 3, dropout 0.5, batch norm with PyTorch momentum 0.1 and ε 1e-5. Time
 * shrinks per block as T ↦ ⌊(T − k + 1 − p)/s⌋ + 1: 512 → 167 → 52 → 14 → 1 step with the
 * defaults, so windows need about 450 samples or more.
 */
public final class DeepConvNet extends NetworkBlock<DeepConvNet.Config> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "deep-convnet";

    private DeepConvNet(Config c) {
        super(c);
        addSingleton(Layers::asImage, "asImage");
        add(new SpatioTemporalConv(c.firstFilters(), c.kernel(), c.firstFilters(), c.channels(),
                c.fuseConvolutions()));
        addNormEluPool(c);
        for (int filters : c.laterFilters()) {
            add(Layers.dropout(c.dropout()));
            add(Layers.conv2d(filters, c.kernel(), 1, 0, 0, false));
            addNormEluPool(c);
        }
        add(Blocks.batchFlattenBlock());
        add(Layers.linear(c.numClasses()));
    }

    private void addNormEluPool(Config c) {
        add(Layers.batchNorm(c.batchNormMomentum(), 1e-5));
        addSingleton(x -> Activation.elu(x, 1f), "elu");
        add(Pool.maxPool2dBlock(new Shape(c.poolLength(), 1), new Shape(c.poolStride(), 1)));
    }

    /** A builder: {@code setNumClasses} and {@code setChannels} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param numClasses output classes (> 0)
     * @param channels EEG channels C
     * @param firstFilters filters of the temporal and spatial convolutions (25)
     * @param laterFilters filters of the following conv blocks (50, 100, 200)
     * @param kernel temporal kernel length of every conv (10)
     * @param poolLength max-pool length (3)
     * @param poolStride max-pool stride (3)
     * @param dropout dropout before each later conv, in [0, 1) (0.5)
     * @param batchNormMomentum PyTorch-convention momentum, in (0, 1) (0.1)
     * @param fuseConvolutions compute the first temporal and spatial convolutions as one (true; see
     *     {@code SpatioTemporalConv})
     */
    public record Config(int numClasses, int channels, int firstFilters, List<Integer> laterFilters, int kernel,
            int poolLength, int poolStride, double dropout, double batchNormMomentum, boolean fuseConvolutions)
            implements NetworkConfig {

        public Config {
            String o = "DeepConvNet";
            Checks.positive(o, "numClasses", numClasses);
            Checks.positive(o, "channels", channels);
            Checks.positive(o, "firstFilters", firstFilters);
            laterFilters = Checks.positiveSizes(o, "laterFilters", laterFilters, true);
            Checks.positive(o, "kernel", kernel);
            Checks.positive(o, "poolLength", poolLength);
            Checks.positive(o, "poolStride", poolStride);
            Checks.rate(o, "dropout", dropout);
            Checks.fraction(o, "batchNormMomentum", batchNormMomentum);
        }

        /** Braindecode's Deep4Net defaults. */
        public static Config defaults(int numClasses, int channels) {
            return new Config(numClasses, channels, 25, List.of(50, 100, 200), 10, 3, 3, 0.5, 0.1, true);
        }

        @Override
        public String architecture() {
            return ARCHITECTURE;
        }

        @Override
        public Block newBlock() {
            return new DeepConvNet(this);
        }
    }

    /** Builds a {@link DeepConvNet}; {@code setX} required, {@code optX} optional (braindecode defaults). */
    public static final class Builder extends NetworkBuilder.Eeg<Builder> {
        private int kernel = 10;
        private int pool = 3;
        private double dropout = 0.5;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Temporal kernel of every conv (default 10). */
        public Builder optKernel(int kernel) {
            this.kernel = kernel;
            return this;
        }

        /** Max-pool length = stride (default 3). */
        public Builder optPool(int pool) {
            this.pool = pool;
            return this;
        }

        /** Dropout before each later conv (default 0.5). */
        public Builder optDropout(double rate) {
            this.dropout = rate;
            return this;
        }

        /** @throws IllegalStateException when the classes or channels are not set */
        public DeepConvNet build() {
            return new DeepConvNet(new Config(requireNumClasses("DeepConvNet"), requireChannels("DeepConvNet"), 25, List.of(50, 100, 200), kernel, pool, pool,
                    dropout, 0.1, true));
        }
    }
}
