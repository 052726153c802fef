package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.metrics.ClassificationMetrics;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.protocol.Protocol;
import org.avrs.core.stats.PairedTTest;
import org.avrs.core.stats.TestResult;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.CrossValidation;
import org.avrs.learn.GroupNormalization;

/**
 * A speaker-independent evaluation of a speech pipeline. For the classical pipeline ({@link #run}),
 * per fold, normalisation statistics and the classifier (with any model selection) are fitted on the
 * training speakers only, and the test speaker is normalised by their own (unlabelled) recordings
 * shrunk toward the training population.
 *
 * @param confusion pooled over all folds
 * @param uar unweighted average recall of the pooled predictions
 * @param war weighted average recall (= accuracy) of the pooled predictions
 * @param folds each fold's name and UAR
 */
public record SpeechEvaluation(String protocol, String trainer, ConfusionMatrix confusion, double uar, double war,
                               List<FoldScore> folds) {

    public SpeechEvaluation {
        folds = List.copyOf(folds);
    }

    /** One fold's UAR over the classes present in its test part. */
    public record FoldScore(String name, double uar) {
    }

    /** One fold's test predictions. */
    public record FoldPredictions(String name, int[] truth, int[] predicted) {
        public FoldPredictions {
            if (truth.length != predicted.length) {
                throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
            }
            truth = truth.clone();
            predicted = predicted.clone();
        }
    }

    public static SpeechEvaluation run(Dataset<double[]> vectors, ClassifierTrainer trainer, double priorWeight,
                                       Protocol protocol, int threads, CrossValidation.Progress progress) {
        CrossValidation.Result r = CrossValidation.run(trainer, vectors, protocol, threads, progress,
                GroupNormalization.perFold(priorWeight));
        List<FoldPredictions> folds = r.folds().stream()
                .map(f -> new FoldPredictions(f.split().name(), f.truth(), f.predicted())).toList();
        return of(r.protocol(), r.trainer(), vectors.labels(), folds);
    }

    /** The evaluation of per-fold predictions (pooled confusion, UAR and WAR; per-fold UAR). */
    public static SpeechEvaluation of(String protocol, String trainer, EmotionSet labels, List<FoldPredictions> folds) {
        List<int[]> truth = new ArrayList<>();
        List<int[]> predicted = new ArrayList<>();
        List<FoldScore> scores = new ArrayList<>();
        for (FoldPredictions f : folds) {
            truth.add(f.truth());
            predicted.add(f.predicted());
            scores.add(new FoldScore(f.name(),
                    ClassificationMetrics.uar(ConfusionMatrix.of(f.truth(), f.predicted(), labels))));
        }
        ConfusionMatrix cm = ConfusionMatrix.of(concat(truth), concat(predicted), labels);
        return new SpeechEvaluation(protocol, trainer, cm, ClassificationMetrics.uar(cm), ClassificationMetrics.war(cm),
                scores);
    }

    private static int[] concat(List<int[]> parts) {
        return parts.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** Recall of each class of the pooled predictions, in label order (NaN for a class never tested). */
    public double[] perClassRecall() {
        double[] r = new double[confusion.size()];
        for (int c = 0; c < r.length; c++) {
            r[c] = confusion.support(c) == 0 ? Double.NaN : confusion.recall(c);
        }
        return r;
    }

    /** The per-fold UARs in fold order. */
    public double[] foldUars() {
        return folds.stream().mapToDouble(FoldScore::uar).toArray();
    }

    /**
     * The two-sided paired t-test of this evaluation's per-fold UARs against another's on the same folds.
     *
     * @throws IllegalArgumentException if the folds differ (names or count)
     */
    public TestResult pairedTTest(SpeechEvaluation other) {
        return pairedTTest(folds, other.folds);
    }

    /**
     * The two-sided paired t-test of two pipelines' per-fold UARs (a − b), fold by fold.
     *
     * @throws IllegalArgumentException if the fold names differ or there are fewer than two folds
     */
    public static TestResult pairedTTest(List<FoldScore> a, List<FoldScore> b) {
        List<String> mine = a.stream().map(FoldScore::name).toList();
        List<String> theirs = b.stream().map(FoldScore::name).toList();
        if (!mine.equals(theirs)) {
            throw new IllegalArgumentException("the evaluations have different folds: " + mine + " vs " + theirs);
        }
        return PairedTTest.test(a.stream().mapToDouble(FoldScore::uar).toArray(),
                b.stream().mapToDouble(FoldScore::uar).toArray());
    }
}
