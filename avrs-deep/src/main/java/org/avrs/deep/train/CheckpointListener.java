package org.avrs.deep.train;

import java.nio.file.Path;
import org.avrs.deep.DeepClassifier;

/**
 * Saves the model to one file each time an epoch improves on the best validation score so far,
 * so the file always holds the best weights seen (the same weights the trainer restores at the
 * end). Each save replaces the file atomically ({@link DeepClassifier#save}), so an interrupted run
 * leaves the previous checkpoint intact.
 */
public final class CheckpointListener implements EpochListener {

    private final DeepClassifier net;
    private final Path file;

    public CheckpointListener(DeepClassifier net, Path file) {
        this.net = net;
        this.file = file;
    }

    @Override
    public void onEpoch(EpochReport report) {
        if (report.improved()) {
            net.save(file);
        }
    }
}
