package org.avrs.deep.train;

import java.util.List;

/**
 * The outcome of {@link ClassifierTrainer#fit}.
 *
 * @param epochs one report per epoch run
 * @param bestEpoch the 1-based epoch whose weights the model holds at the end (the last epoch
 *     when there was no validation set)
 * @param stoppedEarly whether patience ran out before the epoch limit
 */
public record TrainingReport(List<EpochReport> epochs, int bestEpoch, boolean stoppedEarly) {

    public TrainingReport {
        epochs = List.copyOf(epochs);
    }

    /** The report of the epoch whose weights were kept. */
    public EpochReport best() {
        return epochs.get(bestEpoch - 1);
    }
}
