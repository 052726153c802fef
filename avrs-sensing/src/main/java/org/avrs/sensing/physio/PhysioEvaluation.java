package org.avrs.sensing.physio;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.sensing.eeg.EegEvaluation;
import org.avrs.sensing.eeg.EegResult;
import org.avrs.sensing.eeg.FeatureTrainer;

/**
 * Valence or arousal from heart and skin conductance: one {@link PhysioFeatures} vector per trial, a
 * classical classifier, and the protocols of {@link EegEvaluation} (within-subject folds by trial, or
 * leave-one-subject-out, optionally with per-subject normalisation of the vectors).
 *
 * @param result the scores
 * @param dropped trials left out for incomplete features, with the reason
 */
public record PhysioEvaluation(EegResult result, List<String> dropped) {

    public PhysioEvaluation {
        Objects.requireNonNull(result, "result");
        dropped = List.copyOf(dropped);
    }

    public static PhysioEvaluation run(Dataset<Signal> recordings, PhysioFeatures features, ClassifierTrainer trainer,
                                       EegEvaluation.Config config, EegEvaluation.Progress progress) {
        PhysioVectors v = PhysioVectors.of(recordings, features);
        return new PhysioEvaluation(EegEvaluation.features(v.vectors(), new FeatureTrainer(trainer), config, progress),
                v.dropped());
    }
}
