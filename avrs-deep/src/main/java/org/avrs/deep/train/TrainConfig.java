package org.avrs.deep.train;

import java.util.List;

/**
 * How {@link ClassifierTrainer} trains: Adam on mini-batches with early stopping.
 *
 * @param maxEpochs passes over the training data at most (60, as P7)
 * @param batchSize samples per mini-batch (64)
 * @param learningRate Adam's step size η (1e-3); β1 = 0.9, β2 = 0.999, ε = 1e-8
 * @param seed seeds the engine generator (dropout) and the shuffling of each epoch (42)
 * @param patience stop after this many epochs without improvement of the monitored score (10)
 * @param monitor the validation score that decides the best epoch (validation loss)
 * @param classWeights one weight per class for the loss, or empty for equal weights
 * @param outputs whether the network emits logits (softmax cross-entropy) or log-probabilities (NLL)
 */
public record TrainConfig(int maxEpochs, int batchSize, double learningRate, long seed, int patience, Monitor monitor,
        List<Double> classWeights, Outputs outputs) {

    /** The validation score that selects the best epoch. */
    public enum Monitor {
        /** Mean validation loss, lower is better. */
        LOSS,
        /** Validation accuracy, higher is better. */
        ACCURACY,
        /** Validation balanced accuracy (unweighted average recall, UA), higher is better. */
        BALANCED_ACCURACY
    }

    /** What the network's last layer emits. */
    public enum Outputs {
        /** Unnormalised scores z; loss −log softmax(z)_y. */
        LOGITS,
        /** Log-probabilities (the network ends in log-softmax); loss −z_y (NLL). */
        LOG_PROBABILITIES
    }

    public TrainConfig {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs " + maxEpochs + " must be > 0");
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("batchSize " + batchSize + " must be ≥ 2 (batch norm needs two samples)");
        }
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learningRate " + learningRate + " must be finite and > 0");
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience " + patience + " must be > 0");
        }
        if (monitor == null || outputs == null) {
            throw new IllegalArgumentException("monitor and outputs must not be null");
        }
        classWeights = List.copyOf(classWeights);
        for (double w : classWeights) {
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("class weight " + w + " must be finite and ≥ 0");
            }
        }
    }

    /** 60 epochs, batch 64, η = 1e-3, seed 42, patience 10 on the validation loss, equal weights, logits. */
    public static TrainConfig defaults() {
        return new TrainConfig(60, 64, 1e-3, 42, 10, Monitor.LOSS, List.of(), Outputs.LOGITS);
    }

    /** This configuration with another epoch limit. */
    public TrainConfig withMaxEpochs(int epochs) {
        return new TrainConfig(epochs, batchSize, learningRate, seed, patience, monitor, classWeights, outputs);
    }

    /** This configuration with another batch size and learning rate. */
    public TrainConfig withBatch(int size, double rate) {
        return new TrainConfig(maxEpochs, size, rate, seed, patience, monitor, classWeights, outputs);
    }

    /** This configuration with another seed. */
    public TrainConfig withSeed(long newSeed) {
        return new TrainConfig(maxEpochs, batchSize, learningRate, newSeed, patience, monitor, classWeights, outputs);
    }

    /** This configuration with another early-stopping rule. */
    public TrainConfig withEarlyStopping(Monitor newMonitor, int newPatience) {
        return new TrainConfig(maxEpochs, batchSize, learningRate, seed, newPatience, newMonitor, classWeights, outputs);
    }

    /** This configuration with class weights (empty for equal weights). */
    public TrainConfig withClassWeights(List<Double> weights) {
        return new TrainConfig(maxEpochs, batchSize, learningRate, seed, patience, monitor, weights, outputs);
    }
}
