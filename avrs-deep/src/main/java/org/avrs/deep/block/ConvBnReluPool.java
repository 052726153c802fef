package org.avrs.deep.block;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;

/**
 * One convolutional stage: Conv2D → BatchNorm → ReLU → MaxPool2D.
 *
 * <p><b>Input</b> (batch, channels, time, feature); <b>output</b> (batch, filters, ⌊time/p_t⌋,
 * ⌊feature/p_f⌋). The convolution has stride 1, an odd kernel (k_t, k_f) and "same" zero padding
 * ((k_t−1)/2, (k_f−1)/2), and no bias (the batch norm's shift replaces it). Batch norm runs per
 * filter with PyTorch's momentum convention (default 0.1) and ε = 1e-5; the max-pool has kernel
 * = stride = (p_t, p_f) and drops an incomplete last window (floor), as PyTorch's MaxPool2d.
 */
public final class ConvBnReluPool extends SequentialBlock {

    private ConvBnReluPool(Builder b) {
        add(Layers.conv2d(b.filters, b.kernelTime, b.kernelFeature, b.kernelTime / 2, b.kernelFeature / 2, false));
        add(Layers.batchNorm(b.batchNormMomentum, 1e-5));
        add(Activation::relu);
        add(Pool.maxPool2dBlock(new Shape(b.poolTime, b.poolFeature), new Shape(b.poolTime, b.poolFeature)));
    }

    /** A builder: {@code setFilters} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ConvBnReluPool}; {@code setX} required, {@code optX} optional. */
    public static final class Builder {
        private Integer filters;
        private int kernelTime = 3;
        private int kernelFeature = 3;
        private int poolTime = 2;
        private int poolFeature = 2;
        private double batchNormMomentum = 0.1;

        private Builder() {
        }

        /** Number of convolution filters, i.e. output channels (required). */
        public Builder setFilters(int filters) {
            this.filters = filters;
            return this;
        }

        /** Odd kernel size along time and feature (default 3 × 3). */
        public Builder optKernel(int time, int feature) {
            this.kernelTime = time;
            this.kernelFeature = feature;
            return this;
        }

        /** Max-pool size and stride along time and feature (default 2 × 2; 1 leaves the axis alone). */
        public Builder optPool(int time, int feature) {
            this.poolTime = time;
            this.poolFeature = feature;
            return this;
        }

        /** Batch-norm momentum in PyTorch's convention, in (0, 1) (default 0.1). */
        public Builder optBatchNormMomentum(double momentum) {
            this.batchNormMomentum = momentum;
            return this;
        }

        /**
         * @throws IllegalStateException when the filters are not set
         * @throws IllegalArgumentException for a non-positive size, an even kernel or a bad momentum
         */
        public ConvBnReluPool build() {
            String owner = "ConvBnReluPool";
            if (filters == null) {
                throw new IllegalStateException(owner + ": setFilters(...) is required");
            }
            Checks.positive(owner, "filters", filters);
            if (kernelTime <= 0 || kernelFeature <= 0 || kernelTime % 2 == 0 || kernelFeature % 2 == 0) {
                throw new IllegalArgumentException(owner + ": kernel " + kernelTime + "x" + kernelFeature
                        + " must be positive and odd along both axes (for 'same' padding)");
            }
            Checks.positive(owner, "pool time", poolTime);
            Checks.positive(owner, "pool feature", poolFeature);
            Checks.fraction(owner, "batchNormMomentum", batchNormMomentum);
            return new ConvBnReluPool(this);
        }
    }
}
