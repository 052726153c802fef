package org.avrs.deep.train;

/**
 * Told after every epoch, e.g. to show progress or to save a checkpoint when
 * {@link EpochReport#improved()} (the model then holds the best weights so far).
 */
@FunctionalInterface
public interface EpochListener {

    /** Ignores every report. */
    EpochListener NONE = report -> { };

    void onEpoch(EpochReport report);
}
