package org.avrs.sensing.speech;

import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.core.metrics.ClassificationMetrics;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.protocol.Protocol;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.CrossValidation;
import org.avrs.learn.GroupNormalization;

/**
 * A speaker-independent evaluation of the classical speech pipeline: per fold, normalisation statistics
 * and the classifier are fitted on the training speakers only, and the test speaker is normalised by
 * their own (unlabelled) recordings shrunk toward the training population.
 *
 * @param confusion pooled over all folds
 * @param uar unweighted average recall of the pooled predictions
 * @param war weighted average recall (= accuracy) of the pooled predictions
 * @param folds each fold's name and UAR
 */
public record SpeechEvaluation(String protocol, String trainer, ConfusionMatrix confusion, double uar, double war,
                               List<FoldScore> folds) {

    /** One fold's UAR over the classes present in its test part. */
    public record FoldScore(String name, double uar) {
    }

    public static SpeechEvaluation run(Dataset<double[]> vectors, ClassifierTrainer trainer, double priorWeight,
                                       Protocol protocol, int threads, CrossValidation.Progress progress) {
        CrossValidation.Result r = CrossValidation.run(trainer, vectors, protocol, threads, progress,
                GroupNormalization.perFold(priorWeight));
        ConfusionMatrix cm = ConfusionMatrix.of(r.truth(), r.predicted(), vectors.labels());
        List<FoldScore> folds = r.folds().stream().map(f -> new FoldScore(f.split().name(),
                ClassificationMetrics.uar(ConfusionMatrix.of(f.truth(), f.predicted(), vectors.labels())))).toList();
        return new SpeechEvaluation(r.protocol(), r.trainer(), cm, ClassificationMetrics.uar(cm),
                ClassificationMetrics.war(cm), folds);
    }
}
