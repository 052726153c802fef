package org.avrs.deep.block;

/**
 * What every network builder shares: the required number of output classes. DJL convention:
 * {@code setX} is required, {@code optX} optional, and {@code build()} fails on a missing field.
 *
 * @param <B> the concrete builder, returned by the setters for chaining
 */
public abstract class NetworkBuilder<B extends NetworkBuilder<B>> {

    private Integer numClasses;

    NetworkBuilder() {
    }

    /** Number of output classes (required). */
    public B setNumClasses(int numClasses) {
        this.numClasses = numClasses;
        return self();
    }

    abstract B self();

    /** The number of classes, or an IllegalStateException naming the network when it was not set. */
    int requireNumClasses(String network) {
        return require(numClasses, network, "setNumClasses");
    }

    static int require(Integer value, String network, String setter) {
        if (value == null) {
            throw new IllegalStateException(network + ": " + setter + "(...) is required");
        }
        return value;
    }

    /** A builder of a network over EEG windows, which also needs the channel count. */
    public abstract static class Eeg<B extends Eeg<B>> extends NetworkBuilder<B> {

        private Integer channels;

        Eeg() {
        }

        /** Number of EEG channels C (required). */
        public B setChannels(int channels) {
            this.channels = channels;
            return self();
        }

        int requireChannels(String network) {
            return require(channels, network, "setChannels");
        }
    }
}
