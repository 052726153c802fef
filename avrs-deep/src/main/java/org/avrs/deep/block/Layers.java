package org.avrs.deep.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;

/** The DJL layers the networks are made of, with PyTorch's conventions spelled out once. */
final class Layers {

    private Layers() {
    }

    /**
     * Batch normalisation over axis 1 (channels). {@code torchMomentum} follows PyTorch's convention
     * (running = (1 − m)·running + m·batch, default 0.1); DJL's builder takes the weight of the old
     * value, 1 − m, and its PyTorch engine converts back (PtNDArrayEx.batchNorm passes 1 − momentum).
     */
    static Block batchNorm(double torchMomentum, double epsilon) {
        return BatchNorm.builder().optAxis(1).optMomentum((float) (1 - torchMomentum))
                .optEpsilon((float) epsilon).build();
    }

    static Block dropout(double rate) {
        return Dropout.builder().optRate((float) rate).build();
    }

    static Block linear(int units) {
        return Linear.builder().setUnits(units).build();
    }

    /** A 2-D convolution with unit stride, kernel (kt, kf) and zero padding (pt, pf). */
    static Block conv2d(int filters, int kt, int kf, int pt, int pf, boolean bias) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kt, kf))
                .optPadding(new Shape(pt, pf)).optBias(bias).build();
    }

    /**
     * EEG windows (batch, time, channels) as one-plane images (batch, 1, time, channels), so that a
     * (k, 1) kernel runs along time and a (1, C) kernel mixes all channels.
     */
    static NDArray asImage(NDArray x) {
        return x.expandDims(1);
    }
}
