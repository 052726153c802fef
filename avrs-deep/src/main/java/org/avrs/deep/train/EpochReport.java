package org.avrs.deep.train;

/**
 * What one training epoch achieved. Validation fields are NaN when training runs without a
 * validation set.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss over the epoch's mini-batches (weighted by batch size)
 * @param validationLoss mean loss on the validation set (inference mode)
 * @param validationAccuracy fraction of validation samples classified correctly
 * @param validationBalancedAccuracy mean per-class recall over the classes present in validation
 * @param improved whether this epoch is the best so far by the monitored score
 * @param millis wall time of the epoch, training and validation
 */
public record EpochReport(int epoch, double trainLoss, double validationLoss, double validationAccuracy,
        double validationBalancedAccuracy, boolean improved, long millis) {
}
