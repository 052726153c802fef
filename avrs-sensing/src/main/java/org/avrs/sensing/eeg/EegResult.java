package org.avrs.sensing.eeg;

import java.util.List;

/**
 * The outcome of an {@link EegEvaluation}.
 *
 * @param protocol how the data were split, in words
 * @param model the trainer with its configuration
 * @param accuracy mean over subjects of each subject's accuracy (P3 reports mean ± SD over subjects)
 * @param accuracySd sample SD (n − 1) of the subjects' accuracies; NaN for one subject
 * @param f1 mean over subjects of each subject's macro-F1 (mean of the per-class F1 over the classes in
 *     its truth or predictions, as scikit-learn's {@code average="macro"}; P3 does not say which F1)
 * @param pooledAccuracy accuracy over all test windows together
 * @param chance mean over subjects of the majority class's share of their test windows: what always
 *     guessing the majority would score
 * @param k the K of the channel selection reported (fixed or, in P3's protocol with candidates, the
 *     best by test accuracy), 0 without selection or when leak-free K differs per fold (see perSubject)
 * @param kScores in P3's protocol with several K: accuracy and seconds per K; empty otherwise
 * @param perSubject per subject: accuracy, F1, window count, the channels of each fold's model
 * @param windows test windows in all
 * @param seconds wall time of the whole evaluation (training and prediction of every fold and K)
 */
public record EegResult(String protocol, String model, double accuracy, double accuracySd, double f1,
                        double pooledAccuracy, double chance, int k, List<KScore> kScores,
                        List<SubjectScore> perSubject, int windows, double seconds) {

    public EegResult {
        kScores = List.copyOf(kScores);
        perSubject = List.copyOf(perSubject);
    }

    /** One subject's scores. */
    public record SubjectScore(String subject, double accuracy, double f1, int windows, List<List<String>> channels) {
        public SubjectScore {
            channels = channels.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One K of P3's sweep.
     *
     * @param seconds wall time of training and predicting every fold with this K
     */
    public record KScore(int k, double accuracy, double f1, double seconds) {
    }
}
