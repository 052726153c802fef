package org.avrs.deep.block;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The first layer of Schirrmeister's ConvNets: a temporal convolution (G filters of k × 1, with
 * bias b) followed by a spatial convolution (F filters of 1 × C across all channels, no bias).
 *
 * <p><b>Input</b> (batch, 1, time T, channels C); <b>output</b> (batch, F, T − k + 1, 1). Both
 * convolutions are linear, so their composition is one (k × C) convolution with the composed kernel
 * and bias
 * <pre>
 *   W[f, τ, c] = Σ_g S[f, g, c] · K[g, τ],     β[f] = Σ_g Σ_c S[f, g, c] · b[g]
 * </pre>
 * (K the temporal, S the spatial weights). With {@code fused} the block computes that single
 * convolution, F·k·C multiply-adds per output step instead of G·k·C + F·G·C for the pair: 13×
 * fewer for paper 03's ShallowConvNet (k = 3, F = G = 40, C = 68). Gradients still reach K, b and S
 * through the two small products, so training is unchanged (up to float rounding). The parameters
 * are the two convolutions' weights either way: temporalWeight (G, 1, k, 1), temporalBias (G),
 * spatialWeight (F, G, 1, C).
 */
final class SpatioTemporalConv extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int temporalFilters;
    private final int kernel;
    private final int spatialFilters;
    private final int channels;
    private final boolean fused;
    private final Parameter temporalWeight;
    private final Parameter temporalBias;
    private final Parameter spatialWeight;

    SpatioTemporalConv(int temporalFilters, int kernel, int spatialFilters, int channels, boolean fused) {
        super(VERSION);
        this.temporalFilters = temporalFilters;
        this.kernel = kernel;
        this.spatialFilters = spatialFilters;
        this.channels = channels;
        this.fused = fused;
        temporalWeight = addParameter(Parameter.builder().setName("temporalWeight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(temporalFilters, 1, kernel, 1)).build());
        temporalBias = addParameter(Parameter.builder().setName("temporalBias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(temporalFilters)).build());
        spatialWeight = addParameter(Parameter.builder().setName("spatialWeight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(spatialFilters, temporalFilters, 1, channels)).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray k = ps.getValue(temporalWeight, device, training);
        NDArray b = ps.getValue(temporalBias, device, training);
        NDArray s = ps.getValue(spatialWeight, device, training);
        if (!fused) {
            NDArray t = Conv2d.conv2d(x, k, b).singletonOrThrow();
            return Conv2d.conv2d(t, s);
        }
        NDArray s3 = s.reshape(spatialFilters, temporalFilters, channels);
        // (F, C, G) × (G, k) → (F, C, k) → (F, 1, k, C)
        NDArray w = s3.transpose(0, 2, 1).matMul(k.reshape(temporalFilters, kernel))
                .transpose(0, 2, 1).reshape(spatialFilters, 1, kernel, channels);
        // (F, G) × (G, 1) → (F)
        NDArray beta = s3.sum(new int[] {2}).matMul(b.reshape(temporalFilters, 1)).reshape(spatialFilters);
        return Conv2d.conv2d(x, w, beta);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        if (in.dimension() != 4 || in.get(1) != 1 || in.get(3) != channels) {
            throw new IllegalArgumentException("SpatioTemporalConv expects (batch, 1, time, " + channels
                    + "), got " + in);
        }
        return new Shape[] {new Shape(in.get(0), spatialFilters, in.get(2) - kernel + 1, 1)};
    }

    @Override
    public String toString() {
        return "SpatioTemporalConv(" + temporalFilters + "×(" + kernel + "×1) → " + spatialFilters + "×(1×" + channels
                + ")" + (fused ? ", fused" : "") + ")";
    }
}
