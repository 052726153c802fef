package org.avrs.deep.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stack of recurrent layers, each optionally bidirectional, built from single-direction,
 * single-layer DJL cells because DJL 0.36's own multi-layer bidirectional GRU/LSTM is broken.
 *
 * <p><b>Layer l</b> maps x_l of shape (batch, time, F_l) to y_l of shape (batch, time, D·H_l), with
 * D = 2 when bidirectional, else 1: y_l = [fwd_l(x_l) ‖ rev(bwd_l(rev(x_l)))], where rev reverses
 * the time axis and ‖ concatenates along the feature axis (forward half first). This equals
 * PyTorch's {@code nn.GRU/nn.LSTM(bidirectional=True, batch_first=True)} output for one layer.
 * Dropout with rate p is applied between layers (not after the last), in training only, as in
 * PyTorch's {@code dropout} argument. Initial states are zero.
 *
 * <p><b>Input</b>: (batch, time, feature). <b>Output</b>: with {@code optReturnSequences(true)},
 * the last layer's sequence (batch, time, D·H_last); otherwise the last state (batch, D·H_last),
 * which is [y_fwd at t = T−1 ‖ y_bwd at t = 0], i.e. the final hidden state of each direction after
 * reading the whole sequence (PyTorch's {@code h_n} of the last layer).
 */
public final class RecurrentStack extends AbstractBlock {

    private static final byte VERSION = 1;

    private final RecurrentCell cell;
    private final int[] hiddenSizes;
    private final boolean bidirectional;
    private final float dropout;
    private final boolean returnSequences;
    private final List<Block> forward = new ArrayList<>();
    private final List<Block> backward = new ArrayList<>();
    private final List<Block> dropouts = new ArrayList<>();

    private RecurrentStack(Builder b) {
        super(VERSION);
        this.cell = b.cell;
        this.hiddenSizes = b.hiddenSizes.clone();
        this.bidirectional = b.bidirectional;
        this.dropout = b.dropout;
        this.returnSequences = b.returnSequences;
        for (int l = 0; l < hiddenSizes.length; l++) {
            forward.add(addChildBlock("layer" + l + "Forward", cell.newLayer(hiddenSizes[l])));
            if (bidirectional) {
                backward.add(addChildBlock("layer" + l + "Backward", cell.newLayer(hiddenSizes[l])));
            }
            if (l < hiddenSizes.length - 1) {
                dropouts.add(addChildBlock("dropout" + l, Dropout.builder().optRate(dropout).build()));
            }
        }
    }

    /** A builder: {@code setCell} and {@code setHiddenSizes} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Output features per time step of layer l's output: D·H_l. */
    private long width(int layer) {
        return (bidirectional ? 2L : 1L) * hiddenSizes[layer];
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        for (int l = 0; l < hiddenSizes.length; l++) {
            NDArray y = forward.get(l).forward(ps, new NDList(x), training).head();
            if (bidirectional) {
                NDArray reversed = backward.get(l).forward(ps, new NDList(x.flip(1)), training).head();
                y = y.concat(reversed.flip(1), 2);
            }
            if (l < dropouts.size() && dropout > 0f) {
                y = dropouts.get(l).forward(ps, new NDList(y), training).head();
            }
            x = y;
        }
        if (returnSequences) {
            return new NDList(x);
        }
        long h = hiddenSizes[hiddenSizes.length - 1];
        NDArray last = x.get(new NDIndex(":, -1, 0:{}", h));
        if (bidirectional) {
            last = last.concat(x.get(new NDIndex(":, 0, {}:", h)), 1);
        }
        return new NDList(last);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = checkInput(inputShapes);
        long w = width(hiddenSizes.length - 1);
        return new Shape[] {returnSequences ? new Shape(in.get(0), in.get(1), w) : new Shape(in.get(0), w)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = checkInput(inputShapes);
        Shape layerIn = in;
        for (int l = 0; l < hiddenSizes.length; l++) {
            forward.get(l).initialize(manager, dataType, layerIn);
            if (bidirectional) {
                backward.get(l).initialize(manager, dataType, layerIn);
            }
            Shape layerOut = new Shape(in.get(0), in.get(1), width(l));
            if (l < dropouts.size()) {
                dropouts.get(l).initialize(manager, dataType, layerOut);
            }
            layerIn = layerOut;
        }
    }

    private static Shape checkInput(Shape[] inputShapes) {
        if (inputShapes.length != 1 || inputShapes[0].dimension() != 3) {
            throw new IllegalArgumentException(
                    "RecurrentStack expects one input of shape (batch, time, feature), got "
                            + Arrays.toString(inputShapes));
        }
        return inputShapes[0];
    }

    @Override
    public String toString() {
        return "RecurrentStack(" + cell + ", hidden " + Arrays.toString(hiddenSizes)
                + (bidirectional ? ", bidirectional" : "") + ", dropout " + dropout
                + (returnSequences ? ", sequences" : ", last state") + ")";
    }

    /** Builds a {@link RecurrentStack}; DJL convention: {@code setX} required, {@code optX} optional. */
    public static final class Builder {
        private RecurrentCell cell;
        private int[] hiddenSizes;
        private boolean bidirectional = true;
        private float dropout;
        private boolean returnSequences;

        private Builder() {
        }

        /** The cell type of every layer (required). */
        public Builder setCell(RecurrentCell cell) {
            this.cell = cell;
            return this;
        }

        /** Hidden size per direction of each layer, one entry per layer, e.g. (64, 64, 64) (required). */
        public Builder setHiddenSizes(int... sizes) {
            this.hiddenSizes = sizes.clone();
            return this;
        }

        /** Whether each layer also reads the sequence backwards (default true). */
        public Builder optBidirectional(boolean bidirectional) {
            this.bidirectional = bidirectional;
            return this;
        }

        /** Dropout rate between layers, in [0, 1) (default 0). */
        public Builder optDropout(float rate) {
            this.dropout = rate;
            return this;
        }

        /** Return the whole last-layer sequence instead of the last state (default false). */
        public Builder optReturnSequences(boolean returnSequences) {
            this.returnSequences = returnSequences;
            return this;
        }

        /**
         * @throws IllegalStateException when the cell or the hidden sizes are not set
         * @throws IllegalArgumentException when a size is not positive or the rate is outside [0, 1)
         */
        public RecurrentStack build() {
            if (cell == null) {
                throw new IllegalStateException("RecurrentStack: setCell(...) is required");
            }
            if (hiddenSizes == null || hiddenSizes.length == 0) {
                throw new IllegalStateException("RecurrentStack: setHiddenSizes(...) with at least one layer is required");
            }
            for (int h : hiddenSizes) {
                if (h <= 0) {
                    throw new IllegalArgumentException("RecurrentStack: hidden size " + h + " must be > 0");
                }
            }
            if (!(dropout >= 0f && dropout < 1f)) {
                throw new IllegalArgumentException("RecurrentStack: dropout " + dropout + " must be in [0, 1)");
            }
            return new RecurrentStack(this);
        }
    }
}
