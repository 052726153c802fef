package org.avrs.deep.block;

import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RecurrentBlock;

/**
 * The recurrent cell of a {@link RecurrentStack} layer, with PyTorch's equations (the engine runs
 * {@code torch.gru} / {@code torch.lstm}; σ is the logistic sigmoid, ⊙ the elementwise product).
 */
public enum RecurrentCell {
    /**
     * Gated recurrent unit (Cho et al. 2014, doi:10.3115/v1/D14-1179), PyTorch variant:
     * r = σ(W_ir x + b_ir + W_hr h + b_hr), z = σ(W_iz x + b_iz + W_hz h + b_hz),
     * n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)), h' = (1 − z) ⊙ n + z ⊙ h.
     */
    GRU,
    /**
     * Long short-term memory (Hochreiter &amp; Schmidhuber 1997, doi:10.1162/neco.1997.9.8.1735):
     * i, f, o = σ(W x + b + U h + c) per gate, g = tanh(W_g x + b_g + U_g h + c_g),
     * c' = f ⊙ c + i ⊙ g, h' = o ⊙ tanh(c').
     */
    LSTM;

    /** One single-direction, single-layer cell over batch-first input (batch, time, feature). */
    RecurrentBlock newLayer(int hiddenSize) {
        return switch (this) {
            case GRU -> ai.djl.nn.recurrent.GRU.builder().setStateSize(hiddenSize).setNumLayers(1)
                    .optBatchFirst(true).optReturnState(false).build();
            case LSTM -> ai.djl.nn.recurrent.LSTM.builder().setStateSize(hiddenSize).setNumLayers(1)
                    .optBatchFirst(true).optReturnState(false).build();
        };
    }
}
