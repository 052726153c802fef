package org.avrs.deep.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.List;

/**
 * The convolutional recurrent network of Sun, Li &amp; Ma (2023, "Speech emotion recognition based on
 * improved masking EMD and convolutional recurrent neural network", Front. Psychol. 13; the
 * project's speech digest §B, "P7"), after Adavanne et al. (2019) and Cao et al. (2019):
 * 4 × (Conv2D → BN → ReLU → MaxPool2D) → reshape → 3 BiGRU layers → 3 fully connected layers.
 *
 * <p><b>Input</b> (batch, 1, frames, features), e.g. (batch, 1, 298, 43) for 3 s of 43 features per
 * 10 ms frame. <b>Output</b> logits (batch, numClasses).
 *
 * <p><b>Shapes</b> with the defaults and a (298, 43) input: the stages give 32×149×21, 64×74×10,
 * 64×37×5, 64×37×2 (pooling (2,2),(2,2),(2,2),(1,2)); the feature maps are read as a sequence of
 * 37 steps of 64·2 = 128 features, (batch, 37, 128); the BiGRU stack (64 units per direction,
 * 3 layers, dropout 0.3 between layers) returns its last state (batch, 128); the FC layers are
 * 128 → 64 → 32 → numClasses with ReLU and dropout 0.3 after each hidden layer.
 *
 * <p><b>Chosen sizes.</b> The paper gives the layer types but not kernel sizes, channel counts or
 * unit counts ("tuned on the validation speaker"). The defaults here are our choice, sized for CPU
 * training: 3×3 kernels as in both cited CRNNs, channels 32–64–64–64 (Adavanne uses 64, Cao
 * 64–512), pooling that keeps a time resolution of 80 ms after four stages while collapsing the
 * 43 features to 2, 64 GRU units per direction (Adavanne 128) and halving FC widths. All are
 * configurable.
 */
public final class Crnn extends NetworkBlock<Crnn.Config> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "crnn";

    private Crnn(Config c) {
        super(c);
        for (int i = 0; i < c.convChannels().size(); i++) {
            add(ConvBnReluPool.builder().setFilters(c.convChannels().get(i))
                    .optKernel(c.kernelSize(), c.kernelSize())
                    .optPool(c.poolTime().get(i), c.poolFeature().get(i)).build());
        }
        addSingleton(Crnn::channelsTimesFeaturesPerStep, "toSequence");
        add(RecurrentStack.builder().setCell(RecurrentCell.GRU).setHiddenSizes(Checks.toArray(c.gruHidden()))
                .optDropout((float) c.gruDropout()).build());
        addDenseHead(c.fcHidden(), c.fcDropout(), c.numClasses());
    }

    /** (batch, channels, time, feature) → (batch, time, channels·feature). */
    private static NDArray channelsTimesFeaturesPerStep(NDArray x) {
        Shape s = x.getShape();
        return x.transpose(0, 2, 1, 3).reshape(s.get(0), s.get(2), s.get(1) * s.get(3));
    }

    /** A builder: {@code setNumClasses} is required, everything else defaults as in {@link Config#defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The CRNN's configuration.
     *
     * @param numClasses output classes (> 0)
     * @param convChannels filters of each Conv2D stage (one entry per stage; P7 has 4)
     * @param kernelSize odd square kernel of every stage (3)
     * @param poolTime max-pool size = stride along time per stage (same length as convChannels)
     * @param poolFeature max-pool size = stride along features per stage
     * @param gruHidden units per direction of each BiGRU layer (P7 has 3 layers)
     * @param gruDropout dropout between BiGRU layers, in [0, 1)
     * @param fcHidden widths of the hidden FC layers (P7 has 3 FC layers in all: 2 hidden + output)
     * @param fcDropout dropout after each hidden FC layer, in [0, 1)
     */
    public record Config(int numClasses, List<Integer> convChannels, int kernelSize, List<Integer> poolTime,
            List<Integer> poolFeature, List<Integer> gruHidden, double gruDropout, List<Integer> fcHidden,
            double fcDropout) implements NetworkConfig {

        public Config {
            String o = "Crnn";
            Checks.positive(o, "numClasses", numClasses);
            convChannels = Checks.positiveSizes(o, "convChannels", convChannels, false);
            poolTime = Checks.positiveSizes(o, "poolTime", poolTime, false);
            poolFeature = Checks.positiveSizes(o, "poolFeature", poolFeature, false);
            if (poolTime.size() != convChannels.size() || poolFeature.size() != convChannels.size()) {
                throw new IllegalArgumentException(o + ": poolTime (" + poolTime.size() + ") and poolFeature ("
                        + poolFeature.size() + ") need one entry per conv stage (" + convChannels.size() + ")");
            }
            if (kernelSize <= 0 || kernelSize % 2 == 0) {
                throw new IllegalArgumentException(o + ": kernelSize " + kernelSize + " must be positive and odd");
            }
            gruHidden = Checks.positiveSizes(o, "gruHidden", gruHidden, false);
            Checks.rate(o, "gruDropout", gruDropout);
            fcHidden = Checks.positiveSizes(o, "fcHidden", fcHidden, true);
            Checks.rate(o, "fcDropout", fcDropout);
        }

        /** The documented defaults (see the class comment) for {@code numClasses} classes. */
        public static Config defaults(int numClasses) {
            return new Config(numClasses, List.of(32, 64, 64, 64), 3, List.of(2, 2, 2, 1), List.of(2, 2, 2, 2),
                    List.of(64, 64, 64), 0.3, List.of(64, 32), 0.3);
        }

        @Override
        public String architecture() {
            return ARCHITECTURE;
        }

        @Override
        public Block newBlock() {
            return new Crnn(this);
        }
    }

    /** Builds a {@link Crnn}; {@code setX} required, {@code optX} optional (defaults of {@link Config#defaults}). */
    public static final class Builder extends NetworkBuilder<Builder> {
        private final Config d = Config.defaults(1);
        private List<Integer> convChannels = d.convChannels();
        private int kernelSize = d.kernelSize();
        private List<Integer> poolTime = d.poolTime();
        private List<Integer> poolFeature = d.poolFeature();
        private List<Integer> gruHidden = d.gruHidden();
        private double gruDropout = d.gruDropout();
        private List<Integer> fcHidden = d.fcHidden();
        private double fcDropout = d.fcDropout();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Filters of each conv stage with its max-pool sizes along time and features (equal lengths). */
        public Builder optConvStages(List<Integer> channels, List<Integer> poolTime, List<Integer> poolFeature) {
            this.convChannels = channels;
            this.poolTime = poolTime;
            this.poolFeature = poolFeature;
            return this;
        }

        /** Odd square kernel size of every conv stage. */
        public Builder optKernelSize(int kernelSize) {
            this.kernelSize = kernelSize;
            return this;
        }

        /** Units per direction of each BiGRU layer and the dropout between layers. */
        public Builder optGru(List<Integer> hidden, double dropout) {
            this.gruHidden = hidden;
            this.gruDropout = dropout;
            return this;
        }

        /** Widths of the hidden FC layers and the dropout after each. */
        public Builder optFc(List<Integer> hidden, double dropout) {
            this.fcHidden = hidden;
            this.fcDropout = dropout;
            return this;
        }

        /**
         * @throws IllegalStateException when the number of classes is not set
         * @throws IllegalArgumentException when the configuration is invalid (see {@link Config})
         */
        public Crnn build() {
            return new Crnn(new Config(requireNumClasses("Crnn"), convChannels, kernelSize, poolTime, poolFeature,
                    gruHidden, gruDropout, fcHidden, fcDropout));
        }
    }
}
