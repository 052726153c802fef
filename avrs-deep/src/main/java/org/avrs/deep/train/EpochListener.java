package org.avrs.deep.train;

import java.util.Objects;

/**
 * Told after every epoch, e.g. to show progress or to save a checkpoint when
 * {@link EpochReport#improved()} (see {@link CheckpointListener}).
 */
@FunctionalInterface
public interface EpochListener {

    /** Ignores every report. */
    EpochListener NONE = report -> { };

    void onEpoch(EpochReport report);

    /** This listener, then {@code next}. */
    default EpochListener andThen(EpochListener next) {
        Objects.requireNonNull(next, "next");
        return report -> {
            onEpoch(report);
            next.onEpoch(report);
        };
    }
}
