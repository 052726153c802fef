package org.avrs.deep.block;

import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import java.util.List;

/**
 * A multilayer perceptron classifier: flatten → [Linear → ReLU → Dropout] per hidden layer →
 * Linear. <b>Input</b> (batch, features) or any (batch, …), flattened per sample; <b>output</b>
 * logits (batch, numClasses). Weights start from DJL's default (Gaussian, variance 2/fan_in),
 * biases at zero.
 */
public final class Mlp extends NetworkBlock<Mlp.Config> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "mlp";

    private Mlp(Config c) {
        super(c);
        add(Blocks.batchFlattenBlock());
        addDenseHead(c.hidden(), c.dropout(), c.numClasses());
    }

    /** A builder: {@code setNumClasses} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param numClasses output classes (> 0)
     * @param hidden widths of the hidden layers (may be empty: multinomial logistic regression)
     * @param dropout dropout after each hidden layer, in [0, 1)
     */
    public record Config(int numClasses, List<Integer> hidden, double dropout) implements NetworkConfig {

        public Config {
            Checks.positive("Mlp", "numClasses", numClasses);
            hidden = Checks.positiveSizes("Mlp", "hidden", hidden, true);
            Checks.rate("Mlp", "dropout", dropout);
        }

        /** One hidden layer of 64 units, no dropout. */
        public static Config defaults(int numClasses) {
            return new Config(numClasses, List.of(64), 0.0);
        }

        @Override
        public String architecture() {
            return ARCHITECTURE;
        }

        @Override
        public Block newBlock() {
            return new Mlp(this);
        }
    }

    /** Builds an {@link Mlp}; {@code setX} required, {@code optX} optional. */
    public static final class Builder extends NetworkBuilder<Builder> {
        private List<Integer> hidden = List.of(64);
        private double dropout;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Widths of the hidden layers (default one layer of 64). */
        public Builder optHidden(Integer... widths) {
            this.hidden = List.of(widths);
            return this;
        }

        /** Dropout after each hidden layer (default 0). */
        public Builder optDropout(double rate) {
            this.dropout = rate;
            return this;
        }

        /** @throws IllegalStateException when the number of classes is not set */
        public Mlp build() {
            return new Mlp(new Config(requireNumClasses("Mlp"), hidden, dropout));
        }
    }
}
