package org.avrs.deep.block;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;

/**
 * A whole classifier network: a sequence of layers built from, and remembering, its configuration.
 *
 * @param <C> the configuration record
 */
public abstract class NetworkBlock<C extends NetworkConfig> extends SequentialBlock {

    private final C config;

    NetworkBlock(C config) {
        this.config = config;
    }

    /** This network's configuration. */
    public C config() {
        return config;
    }

    /**
     * Appends [Linear → ReLU → Dropout] per hidden width, then the Linear output layer of
     * numClasses logits (the dropout layers only when the rate is positive).
     */
    void addDenseHead(Iterable<Integer> hidden, double dropout, int numClasses) {
        for (int units : hidden) {
            add(Layers.linear(units));
            add(Activation::relu);
            if (dropout > 0) {
                add(Layers.dropout(dropout));
            }
        }
        add(Layers.linear(numClasses));
    }
}
