package org.avrs.deep.block;

import ai.djl.nn.Block;

/**
 * The configuration of a whole classifier network: enough to rebuild its block, so a model file
 * stores this record (as JSON, see {@code org.avrs.deep.io.RecordJson}) next to the weights.
 * Every network maps its input to unnormalised class scores (logits) of shape (batch, numClasses);
 * softmax or log-softmax is applied by the loss and by the predictor, not inside the block.
 */
public sealed interface NetworkConfig
        permits Crnn.Config, Mlp.Config, ShallowConvNet.Config, DeepConvNet.Config, RecurrentClassifier.Config {

    /** The stable architecture name written to model files, e.g. {@code "crnn"}. */
    String architecture();

    /** Number of output classes. */
    int numClasses();

    /** A new, uninitialised block with this configuration. */
    Block newBlock();

    /**
     * The configuration record type for an architecture name.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    static Class<? extends NetworkConfig> typeOf(String architecture) {
        return switch (architecture) {
            case Crnn.ARCHITECTURE -> Crnn.Config.class;
            case Mlp.ARCHITECTURE -> Mlp.Config.class;
            case ShallowConvNet.ARCHITECTURE -> ShallowConvNet.Config.class;
            case DeepConvNet.ARCHITECTURE -> DeepConvNet.Config.class;
            case RecurrentClassifier.ARCHITECTURE -> RecurrentClassifier.Config.class;
            default -> throw new IllegalArgumentException("unknown architecture \"" + architecture
                    + "\"; known: " + String.join(", ", Crnn.ARCHITECTURE, Mlp.ARCHITECTURE,
                            ShallowConvNet.ARCHITECTURE, DeepConvNet.ARCHITECTURE, RecurrentClassifier.ARCHITECTURE));
        };
    }
}
