package org.avrs.deep.block;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.pooling.Pool;

/**
 * ShallowConvNet (Schirrmeister et al. 2017, "Deep learning with convolutional neural networks for
 * EEG decoding and visualization", Hum. Brain Mapp. 38:5391, doi:10.1002/hbm.23730), with the
 * conventions of braindecode's ShallowFBCSPNet.
 *
 * <p><b>Input</b> (batch, time T, channels C), i.e. one window of C channels × T samples in the
 * (batch, time, feature) layout; <b>output</b> logits (batch, numClasses). Layers:
 * <ol>
 *   <li>temporal conv: F filters of (k × 1) along time, with bias → (batch, F, T−k+1, C);</li>
 *   <li>spatial conv: F filters of (1 × C) across all channels, no bias → (batch, F, T−k+1, 1);</li>
 *   <li>batch norm (PyTorch momentum 0.1, ε 1e-5), then square x²;</li>
 *   <li>average pool of length p, stride s along time → T' = ⌊(T−k+1−p)/s⌋ + 1 steps;</li>
 *   <li>safe log ln(max(x, 10⁻⁶)), dropout, flatten to F·T', dense layer to numClasses.</li>
 * </ol>
 * Square → mean → log makes each output a log band power of a learned spatio-temporal filter, the
 * FBCSP idea. The two convolutions are computed as one with the composed kernel by default
 * ({@code fuseConvolutions}; same parameters and results, far fewer operations, see
 * {@code SpatioTemporalConv}). Braindecode's defaults are F = 40, k = 25, p = 75, s = 15, dropout 0.5
 * ({@link Config#defaults}); Ji &amp; Dong (2022, doi:10.3389/fnins.2022.985709, Table 3) use
 * k = 3, p = 30, s = 4 ({@link Config#paper03}), which for T = 512 gives 512 → 510 → 121 time steps
 * and 40·121 = 4,840 features.
 */
public final class ShallowConvNet extends NetworkBlock<ShallowConvNet.Config> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "shallow-convnet";

    private ShallowConvNet(Config c) {
        super(c);
        float floor = (float) c.logFloor();
        addSingleton(Layers::asImage, "asImage");
        add(new SpatioTemporalConv(c.filters(), c.temporalKernel(), c.filters(), c.channels(), c.fuseConvolutions()));
        add(Layers.batchNorm(c.batchNormMomentum(), 1e-5));
        addSingleton(x -> x.square(), "square");
        add(Pool.avgPool2dBlock(new Shape(c.poolLength(), 1), new Shape(c.poolStride(), 1)));
        addSingleton(x -> x.maximum(floor).log(), "safeLog");
        add(Layers.dropout(c.dropout()));
        add(Blocks.batchFlattenBlock());
        add(Layers.linear(c.numClasses()));
    }

    /** A builder: {@code setNumClasses} and {@code setChannels} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param numClasses output classes (> 0)
     * @param channels EEG channels C (the spatial kernel's width)
     * @param filters F, filters of both convolutions (40)
     * @param temporalKernel k, temporal kernel length in samples (25; paper 03: 3)
     * @param poolLength p, average-pool length in samples (75; paper 03: 30)
     * @param poolStride s, average-pool stride (15; paper 03: 4)
     * @param dropout dropout before the dense layer, in [0, 1) (0.5)
     * @param batchNormMomentum PyTorch-convention momentum, in (0, 1) (0.1)
     * @param logFloor the safe log's floor, > 0 (1e-6)
     * @param fuseConvolutions compute the temporal and spatial convolutions as one (true)
     */
    public record Config(int numClasses, int channels, int filters, int temporalKernel, int poolLength, int poolStride,
            double dropout, double batchNormMomentum, double logFloor, boolean fuseConvolutions)
            implements NetworkConfig {

        public Config {
            String o = "ShallowConvNet";
            Checks.positive(o, "numClasses", numClasses);
            Checks.positive(o, "channels", channels);
            Checks.positive(o, "filters", filters);
            Checks.positive(o, "temporalKernel", temporalKernel);
            Checks.positive(o, "poolLength", poolLength);
            Checks.positive(o, "poolStride", poolStride);
            Checks.rate(o, "dropout", dropout);
            Checks.fraction(o, "batchNormMomentum", batchNormMomentum);
            Checks.positive(o, "logFloor", logFloor);
        }

        /** Braindecode's ShallowFBCSPNet defaults: 40 filters, kernel 25, pool 75 stride 15, dropout 0.5. */
        public static Config defaults(int numClasses, int channels) {
            return new Config(numClasses, channels, 40, 25, 75, 15, 0.5, 0.1, 1e-6, true);
        }

        /** Ji &amp; Dong 2022 (paper 03), Table 3: kernel 3 × 1, average pool 30 stride 4. */
        public static Config paper03(int numClasses, int channels) {
            return new Config(numClasses, channels, 40, 3, 30, 4, 0.5, 0.1, 1e-6, true);
        }

        /** Time steps after pooling for a window of {@code samples} samples, or ≤ 0 when too short. */
        public long pooledSteps(long samples) {
            long convolved = samples - temporalKernel + 1;
            return convolved < poolLength ? 0 : (convolved - poolLength) / poolStride + 1;
        }

        @Override
        public String architecture() {
            return ARCHITECTURE;
        }

        @Override
        public Block newBlock() {
            return new ShallowConvNet(this);
        }
    }

    /** Builds a {@link ShallowConvNet}; {@code setX} required, {@code optX} optional (braindecode defaults). */
    public static final class Builder extends NetworkBuilder.Eeg<Builder> {
        private int filters = 40;
        private int temporalKernel = 25;
        private int poolLength = 75;
        private int poolStride = 15;
        private double dropout = 0.5;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Filters of both convolutions (default 40). */
        public Builder optFilters(int filters) {
            this.filters = filters;
            return this;
        }

        /** Temporal kernel length and average-pool length and stride (default 25, 75, 15). */
        public Builder optKernelAndPool(int temporalKernel, int poolLength, int poolStride) {
            this.temporalKernel = temporalKernel;
            this.poolLength = poolLength;
            this.poolStride = poolStride;
            return this;
        }

        /** Dropout before the dense layer (default 0.5). */
        public Builder optDropout(double rate) {
            this.dropout = rate;
            return this;
        }

        /** @throws IllegalStateException when the classes or channels are not set */
        public ShallowConvNet build() {
            return new ShallowConvNet(new Config(requireNumClasses("ShallowConvNet"), requireChannels("ShallowConvNet"), filters, temporalKernel, poolLength, poolStride,
                    dropout, 0.1, 1e-6, true));
        }
    }
}
