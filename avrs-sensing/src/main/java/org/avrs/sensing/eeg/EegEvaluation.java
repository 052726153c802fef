package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.core.metrics.ClassificationMetrics;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.core.protocol.Split;
import org.avrs.core.protocol.StratifiedGroupKFold;
import org.avrs.learn.CrossValidation;
import org.avrs.learn.GroupNormalization;

/**
 * Evaluates a window classifier on a corpus's windows, subject-dependent or subject-independent, in
 * one of two protocols.
 *
 * <p><b>Schemes.</b> {@link Scheme#WITHIN_SUBJECT}: for every subject on its own, k-fold cross-validation
 * of its windows (Ji &amp; Dong 2022, doi:10.3389/fnins.2022.985709: five folds); {@link Scheme#LOSO}:
 * leave one subject out.
 *
 * <p><b>Protocols.</b> {@link Variant#LEAK_FREE} (the default): within a subject the folds split by trial
 * (stratified group k-fold), so windows of one trial are never on both sides; channel statistics come
 * from the training windows only and K, when there are candidates, is chosen by nested CV on them
 * ({@link SelectingTrainer}). {@link Variant#P3}: as the paper did it — within a subject the windows are
 * dealt into stratified folds one by one (neighbouring windows of a trial land in training and test), the
 * channel statistics are computed over all of the subject's windows, test ones included, and with
 * several candidate K every K is evaluated on the test folds and the best mean accuracy is reported. In
 * LOSO both protocols rank channels on the training subjects (as P3 did); P3's still picks K by test
 * accuracy. Every split is checked for group leakage before training.
 *
 * <p>Scores are per subject (pooled over its folds, or its LOSO fold), then averaged over subjects.
 */
public final class EegEvaluation {

    /** Subject-dependent k-fold or leave-one-subject-out. */
    public enum Scheme { WITHIN_SUBJECT, LOSO }

    /** The leak-free protocol or P3's own. */
    public enum Variant { LEAK_FREE, P3 }

    /**
     * @param folds folds per subject in {@link Scheme#WITHIN_SUBJECT}, ≥ 2 (5)
     * @param innerFolds inner folds for choosing K leak-free, ≥ 2 (3)
     * @param seed fold assignment and inner folds
     * @param subjectPrior in LOSO, feature vectors are z-scored per subject with statistics shrunk toward
     *     the training population with this weight κ ≥ 0 ({@link GroupNormalization}: inputs only, no
     *     labels, so the test subject's own unlabelled windows may be used); NaN (the default) to leave
     *     the vectors as they are. Ignored within subjects and for raw windows.
     */
    public record Config(Scheme scheme, Variant variant, int folds, int innerFolds, long seed, double subjectPrior) {
        public Config {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(variant, "variant");
            if (folds < 2 || innerFolds < 2) {
                throw new IllegalArgumentException("folds " + folds + " and innerFolds " + innerFolds + " must be >= 2");
            }
            if (!Double.isNaN(subjectPrior) && !(subjectPrior >= 0 && subjectPrior < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("subjectPrior " + subjectPrior + " must be >= 0 and finite, or NaN");
            }
        }

        /** Within-subject 5-fold, leak-free, 3 inner folds, seed 42, no subject normalisation. */
        public static Config defaults() {
            return new Config(Scheme.WITHIN_SUBJECT, Variant.LEAK_FREE, 5, 3, 42, Double.NaN);
        }

        public Config with(Scheme s, Variant v) {
            return new Config(s, v, folds, innerFolds, seed, subjectPrior);
        }

        public Config withSubjectPrior(double kappa) {
            return new Config(scheme, variant, folds, innerFolds, seed, kappa);
        }

        public Config withSeed(long s) {
            return new Config(scheme, variant, folds, innerFolds, s, subjectPrior);
        }

        /** A printable description of the protocol. */
        public String describe() {
            String split = scheme == Scheme.LOSO ? "leave-one-subject-out"
                    : variant == Variant.LEAK_FREE ? "within-subject stratified " + folds + "-fold by trial"
                    : "within-subject stratified " + folds + "-fold over windows";
            String stats = variant == Variant.LEAK_FREE ? "channel statistics and K on training data only (leak-free)"
                    : scheme == Scheme.LOSO ? "channel statistics on training subjects, K by test accuracy (P3)"
                    : "channel statistics over all windows of the subject, K by test accuracy (P3)";
            String norm = scheme == Scheme.LOSO && !Double.isNaN(subjectPrior)
                    ? String.format(Locale.ROOT, "; features z-scored per subject (kappa %s)", subjectPrior) : "";
            return String.format(Locale.ROOT, "%s, seed %d; %s%s", split, seed, stats, norm);
        }
    }

    /** Told after each finished fold: done and total. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private EegEvaluation() {
    }

    /** A classical model of feature vectors, no channel selection. */
    public static EegResult features(Dataset<double[]> windows, WindowTrainer<double[]> trainer, Config config,
                                     Progress progress) {
        CrossValidation.FoldPreparation norm = config.scheme() == Scheme.LOSO && !Double.isNaN(config.subjectPrior())
                ? GroupNormalization.perFold(config.subjectPrior()) : CrossValidation.FoldPreparation.NONE;
        return run(windows, trainer.describe(), List.of(new Arm<>(0, (unit, train) -> trainer)), config, progress,
                norm::prepare);
    }

    /**
     * A model of raw windows, with optional channel selection.
     *
     * @param selection null to keep every channel
     */
    public static EegResult windows(Dataset<EegWindow> windows, WindowTrainer<EegWindow> trainer,
                                    ChannelSelection selection, Config config, Progress progress) {
        if (selection == null) {
            return run(windows, trainer.describe(), List.of(new Arm<>(0, (unit, train) -> trainer)), config, progress,
                    Preparation.none());
        }
        if (config.variant() == Variant.LEAK_FREE) {
            WindowTrainer<EegWindow> selecting = new SelectingTrainer(selection, trainer, config.innerFolds(),
                    config.seed());
            int k = selection.isAuto() ? 0 : selection.candidates().get(0);
            return run(windows, selecting.describe(), List.of(new Arm<>(k, (unit, train) -> selecting)), config,
                    progress, Preparation.none());
        }
        List<Arm<EegWindow>> arms = new ArrayList<>();
        for (int k : selection.candidates()) {
            arms.add(new Arm<>(k, (unit, train) -> {
                // P3: within a subject the ranking sees all of the subject's windows; in LOSO the training ones.
                Dataset<EegWindow> basis = config.scheme() == Scheme.WITHIN_SUBJECT ? unit : train;
                List<String> top = ChannelRanking.of(ChannelSubset.inputs(basis), selection.statistic()).top(k);
                return new WindowTrainer<>() {
                    @Override
                    public String describe() {
                        return trainer.describe();
                    }

                    @Override
                    public WindowModel<EegWindow> fit(Dataset<EegWindow> training) {
                        return ChannelSubset.fit(trainer, training, top);
                    }
                };
            }));
        }
        String name = "select(" + selection + ", P3: statistics over all subject windows, K by test accuracy) → "
                + trainer.describe();
        return run(windows, name, arms, config, progress, Preparation.none());
    }

    /** Prepares a split's training and test parts from the training part (e.g. normalisation); keeps order. */
    private interface Preparation<W> {
        Dataset<W>[] prepare(Dataset<W> train, Dataset<W> test);

        @SuppressWarnings("unchecked")
        static <W> Preparation<W> none() {
            return (train, test) -> new Dataset[] {train, test};
        }
    }

    /** Makes the trainer of one split: from the whole unit (a subject, or all) and the split's training part. */
    private interface TrainerFactory<W> {
        WindowTrainer<W> create(Dataset<W> unit, Dataset<W> train);
    }

    /** One candidate evaluated on the test folds: a K (0 = none) and its trainer factory. */
    private record Arm<W>(int k, TrainerFactory<W> factory) {
    }

    private static <W> EegResult run(Dataset<W> windows, String model, List<Arm<W>> arms, Config config,
                                     Progress progress, Preparation<W> preparation) {
        long start = System.nanoTime();
        if (windows.size() == 0) {
            throw new IllegalArgumentException("no windows to evaluate");
        }
        List<int[]> units = units(windows, config.scheme());
        int n = windows.size();
        int[][] predicted = new int[arms.size()][n];
        for (int[] p : predicted) {
            Arrays.fill(p, -1);
        }
        double[] armSeconds = new double[arms.size()];
        Map<String, List<List<String>>> channels = new LinkedHashMap<>();
        List<PlannedSplit<W>> plan = new ArrayList<>();
        for (int[] unitIndex : units) {
            Dataset<W> unit = relabel(windows.subset(windows.name(), unitIndex), config);
            List<Split> splits = config.scheme() == Scheme.LOSO ? new LeaveOneGroupOut().splits(unit)
                    : new StratifiedGroupKFold(config.folds(), config.seed()).splits(unit);
            for (Split s : splits) {
                s.checkDisjoint(unit);
                plan.add(new PlannedSplit<>(unitIndex, unit, s));
            }
        }
        int done = 0;
        for (PlannedSplit<W> p : plan) {
            Dataset<W>[] prepared = preparation.prepare(p.unit.subset(p.unit.name() + "/train", p.split.train()),
                    p.unit.subset(p.unit.name() + "/test", p.split.test()));
            Dataset<W> train = prepared[0];
            Dataset<W> test = prepared[1];
            List<W> testInputs = test.samples().stream().map(Sample::input).toList();
            for (int a = 0; a < arms.size(); a++) {
                long t0 = System.nanoTime();
                try (WindowModel<W> m = arms.get(a).factory.create(p.unit, train).fit(train)) {
                    int[] arg = Scores.argmax(m.probabilities(testInputs));
                    int[] testIdx = p.split.test();
                    for (int i = 0; i < testIdx.length; i++) {
                        predicted[a][p.unitIndex[testIdx[i]]] = arg[i];
                    }
                    if (a == 0 || arms.size() == 1) {
                        String subject = subjectOf(windows, p.unitIndex[testIdx[0]]);
                        channels.computeIfAbsent(subject, x -> new ArrayList<>()).add(m.channels());
                    }
                }
                armSeconds[a] += (System.nanoTime() - t0) / 1e9;
            }
            progress.update(++done, plan.size());
        }
        return summarize(windows, model, config, arms, predicted, armSeconds, channels, start);
    }

    private record PlannedSplit<W>(int[] unitIndex, Dataset<W> unit, Split split) {
    }

    private static <W> EegResult summarize(Dataset<W> windows, String model, Config config, List<Arm<W>> arms,
                                           int[][] predicted, double[] armSeconds,
                                           Map<String, List<List<String>>> channels, long start) {
        int[] truth = windows.labelArray();
        List<String> subjects = windows.groups().stream().map(Group::id).toList();
        List<EegResult.KScore> kScores = new ArrayList<>();
        int best = 0;
        double[] meanAcc = new double[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            double[][] s = perSubject(windows, subjects, truth, predicted[a]);
            meanAcc[a] = mean(s[0]);
            if (arms.size() > 1) {
                kScores.add(new EegResult.KScore(arms.get(a).k, meanAcc[a], mean(s[1]), armSeconds[a]));
            }
            if (meanAcc[a] > meanAcc[best]) {
                best = a;
            }
        }
        double[][] s = perSubject(windows, subjects, truth, predicted[best]);
        List<EegResult.SubjectScore> per = new ArrayList<>();
        for (int j = 0; j < subjects.size(); j++) {
            per.add(new EegResult.SubjectScore(subjects.get(j), s[0][j], s[1][j], (int) s[2][j],
                    arms.size() > 1 ? List.of() : channels.getOrDefault(subjects.get(j), List.of())));
        }
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[best][i] == truth[i]) {
                correct++;
            }
        }
        return new EegResult(config.describe(), model, mean(s[0]), sd(s[0]), mean(s[1]),
                (double) correct / truth.length, mean(s[3]), arms.get(best).k, kScores, per, truth.length,
                (System.nanoTime() - start) / 1e9);
    }

    /** Rows: accuracy, macro-F1, window count, majority share; one column per subject. */
    private static double[][] perSubject(Dataset<?> windows, List<String> subjects, int[] truth, int[] predicted) {
        double[][] out = new double[4][subjects.size()];
        for (int j = 0; j < subjects.size(); j++) {
            String subject = subjects.get(j);
            int[] idx = java.util.stream.IntStream.range(0, truth.length)
                    .filter(i -> subjectOf(windows, i).equals(subject)).toArray();
            int[] t = Arrays.stream(idx).map(i -> truth[i]).toArray();
            int[] p = Arrays.stream(idx).map(i -> predicted[i]).toArray();
            for (int i = 0; i < p.length; i++) {
                if (p[i] < 0) {
                    throw new IllegalStateException("window " + windows.get(idx[i]).id() + " was never tested");
                }
            }
            ConfusionMatrix cm = ConfusionMatrix.of(t, p, windows.labels());
            out[0][j] = ClassificationMetrics.accuracy(cm);
            out[1][j] = ClassificationMetrics.macroF1(cm);
            out[2][j] = idx.length;
            long majority = 0;
            for (int c = 0; c < cm.size(); c++) {
                majority = Math.max(majority, cm.support(c));
            }
            out[3][j] = (double) majority / idx.length;
        }
        return out;
    }

    /** Positions of each unit: one per subject within subjects, or everything for LOSO. */
    private static List<int[]> units(Dataset<?> windows, Scheme scheme) {
        if (scheme == Scheme.LOSO) {
            return List.<int[]>of(java.util.stream.IntStream.range(0, windows.size()).toArray());
        }
        List<int[]> out = new ArrayList<>();
        for (Group g : windows.groups()) {
            out.add(java.util.stream.IntStream.range(0, windows.size())
                    .filter(i -> windows.get(i).group().equals(g)).toArray());
        }
        return out;
    }

    /**
     * Within a subject the folds must split by something finer than the subject: by trial (leak-free) or
     * by window (P3). LOSO keeps the subjects.
     */
    private static <W> Dataset<W> relabel(Dataset<W> unit, Config config) {
        if (config.scheme() == Scheme.LOSO) {
            return unit;
        }
        List<Sample<W>> out = new ArrayList<>(unit.size());
        for (Sample<W> s : unit.samples()) {
            Sample.Origin o = s.origin();
            if (config.variant() == Variant.LEAK_FREE) {
                out.add(new Sample<>(s.id(), s.input(), s.label(), s.targets(), new Group("trial", o.unit()), o));
            } else {
                out.add(new Sample<>(s.id(), s.input(), s.label(), s.targets(), new Group("window", s.id()),
                        new Sample.Origin(o.corpus(), o.recording(), s.id(), o.offsetSeconds(), o.time())));
            }
        }
        return new Dataset<>(unit.name(), unit.labels(), out);
    }

    private static String subjectOf(Dataset<?> windows, int i) {
        return windows.get(i).group().id();
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    private static double sd(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
