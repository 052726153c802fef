package org.avrs.sensing.eeg;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.Split;
import org.avrs.core.protocol.StratifiedGroupKFold;

/**
 * Leak-free channel selection around another trainer: the channel ranking is computed on the training
 * windows only, and when the {@link ChannelSelection} has several candidate K, K is chosen by an inner
 * stratified group k-fold on the training windows (fully nested: each inner fold ranks the channels on
 * its own inner-training part, fits one model per K and scores it on its inner-test part; the K with the
 * best mean inner accuracy wins, the smaller K on ties). The model is then fitted on all training windows
 * with the top K channels, and reads just those channels at prediction.
 *
 * <p>The inner folds split by the training windows' groups (trials within a subject, or subjects), so
 * windows of one trial never sit on both sides of an inner split either.
 */
public final class SelectingTrainer implements WindowTrainer<EegWindow> {

    private final ChannelSelection selection;
    private final WindowTrainer<EegWindow> base;
    private final int innerFolds;
    private final long seed;

    /**
     * @param innerFolds inner folds for choosing K, ≥ 2 (reduced to the number of training groups when
     *     there are fewer)
     * @param seed orders the inner folds
     */
    public SelectingTrainer(ChannelSelection selection, WindowTrainer<EegWindow> base, int innerFolds, long seed) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.base = Objects.requireNonNull(base, "base");
        if (innerFolds < 2) {
            throw new IllegalArgumentException("innerFolds " + innerFolds + " must be >= 2");
        }
        this.innerFolds = innerFolds;
        this.seed = seed;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "select(%s, training windows only%s) → %s", selection,
                selection.isAuto() ? ", K by inner " + innerFolds + "-fold" : "", base.describe());
    }

    @Override
    public WindowModel<EegWindow> fit(Dataset<EegWindow> training) {
        ChannelRanking ranking = ChannelRanking.of(ChannelSubset.inputs(training), selection.statistic());
        int k = selection.isAuto() ? chooseK(training) : selection.candidates().get(0);
        return ChannelSubset.fit(base, training, ranking.top(k));
    }

    /** The candidate K with the best mean accuracy over the inner folds. */
    int chooseK(Dataset<EegWindow> training) {
        int folds = Math.min(innerFolds, training.groups().size());
        if (folds < 2) {
            throw new IllegalArgumentException("choosing K needs at least 2 training groups, got "
                    + training.groups().size());
        }
        List<Integer> ks = selection.candidates();
        double[] sum = new double[ks.size()];
        for (Split split : new StratifiedGroupKFold(folds, seed).splits(training)) {
            Dataset<EegWindow> innerTrain = training.subset(training.name() + "/inner-train", split.train());
            Dataset<EegWindow> innerTest = training.subset(training.name() + "/inner-test", split.test());
            ChannelRanking ranking = ChannelRanking.of(ChannelSubset.inputs(innerTrain), selection.statistic());
            for (int j = 0; j < ks.size(); j++) {
                try (WindowModel<EegWindow> m = ChannelSubset.fit(base, innerTrain, ranking.top(ks.get(j)))) {
                    sum[j] += Scores.accuracy(innerTest, m.probabilities(ChannelSubset.inputs(innerTest)));
                }
            }
        }
        int best = 0;
        for (int j = 1; j < ks.size(); j++) {
            if (sum[j] > sum[best]) {
                best = j;
            }
        }
        return ks.get(best);
    }
}
