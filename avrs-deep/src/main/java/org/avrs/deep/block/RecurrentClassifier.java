package org.avrs.deep.block;

import ai.djl.nn.Block;
import java.util.List;

/**
 * A recurrent classifier over raw windows: {@link RecurrentStack} (last state) → dropout → dense.
 * <b>Input</b> (batch, time, feature), e.g. (batch, samples, EEG channels); <b>output</b> logits
 * (batch, numClasses).
 *
 * <p>{@link Config#alhagry2017} is the LSTM of Alhagry, Fahmy &amp; El-Khoribi (2017, "Emotion
 * recognition based on EEG using LSTM recurrent neural network", IJACSA 8(10)) as we recall it:
 * raw EEG windows → LSTM of 64 units → LSTM of 32 units → dropout 0.2 → dense. The paper's details
 * are not in the project digests (only the survey's one-line summary), so verify them before
 * citing; everything is configurable. The paper ends in a sigmoid unit per binary task; here a
 * two-class softmax head does the same job.
 */
public final class RecurrentClassifier extends NetworkBlock<RecurrentClassifier.Config> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "recurrent-classifier";

    private RecurrentClassifier(Config c) {
        super(c);
        add(RecurrentStack.builder().setCell(c.cell()).setHiddenSizes(Checks.toArray(c.hidden()))
                .optBidirectional(c.bidirectional()).optDropout((float) c.dropout()).build());
        if (c.dropout() > 0) {
            add(Layers.dropout(c.dropout()));
        }
        add(Layers.linear(c.numClasses()));
    }

    /** A builder: {@code setNumClasses} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param numClasses output classes (> 0)
     * @param cell GRU or LSTM
     * @param hidden units per direction of each layer
     * @param bidirectional whether each layer also reads backwards
     * @param dropout between recurrent layers and before the dense layer, in [0, 1)
     */
    public record Config(int numClasses, RecurrentCell cell, List<Integer> hidden, boolean bidirectional,
            double dropout) implements NetworkConfig {

        public Config {
            String o = "RecurrentClassifier";
            Checks.positive(o, "numClasses", numClasses);
            if (cell == null) {
                throw new IllegalArgumentException(o + ": cell must not be null");
            }
            hidden = Checks.positiveSizes(o, "hidden", hidden, false);
            Checks.rate(o, "dropout", dropout);
        }

        /** Alhagry et al. 2017: LSTM 64 → LSTM 32, unidirectional, dropout 0.2. */
        public static Config alhagry2017(int numClasses) {
            return new Config(numClasses, RecurrentCell.LSTM, List.of(64, 32), false, 0.2);
        }

        @Override
        public String architecture() {
            return ARCHITECTURE;
        }

        @Override
        public Block newBlock() {
            return new RecurrentClassifier(this);
        }
    }

    /** Builds a {@link RecurrentClassifier}; {@code setX} required, {@code optX} optional (Alhagry 2017 defaults). */
    public static final class Builder extends NetworkBuilder<Builder> {
        private RecurrentCell cell = RecurrentCell.LSTM;
        private List<Integer> hidden = List.of(64, 32);
        private boolean bidirectional;
        private double dropout = 0.2;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Cell type (default LSTM). */
        public Builder optCell(RecurrentCell cell) {
            this.cell = cell;
            return this;
        }

        /** Units per direction of each layer (default 64, 32). */
        public Builder optHidden(Integer... units) {
            this.hidden = List.of(units);
            return this;
        }

        /** Read each layer in both directions (default false). */
        public Builder optBidirectional(boolean bidirectional) {
            this.bidirectional = bidirectional;
            return this;
        }

        /** Dropout between layers and before the dense layer (default 0.2). */
        public Builder optDropout(double rate) {
            this.dropout = rate;
            return this;
        }

        /** @throws IllegalStateException when the number of classes is not set */
        public RecurrentClassifier build() {
            return new RecurrentClassifier(new Config(requireNumClasses("RecurrentClassifier"), cell, hidden, bidirectional, dropout));
        }
    }
}
