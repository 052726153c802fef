package org.avrs.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.Protocol;
import org.avrs.core.protocol.Split;

/**
 * Runs a trainer over every split of a protocol: fit on the training part, predict the test part. Each
 * split is checked for group leakage first ({@link Split#checkDisjoint}). Folds run in parallel on
 * {@code threads} threads; the result does not depend on the thread count.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** The predictions of one split's test samples. */
    public record Fold(Split split, int[] testIndices, int[] truth, int[] predicted, double[][] probabilities) {
    }

    /** All folds, in protocol order. */
    public record Result(String protocol, String trainer, List<Fold> folds) {

        /** Every tested sample's true label, fold after fold. */
        public int[] truth() {
            return folds.stream().flatMapToInt(f -> java.util.Arrays.stream(f.truth())).toArray();
        }

        /** Every tested sample's predicted label, in the order of {@link #truth()}. */
        public int[] predicted() {
            return folds.stream().flatMapToInt(f -> java.util.Arrays.stream(f.predicted())).toArray();
        }
    }

    /** Called after each finished fold with the number finished so far. */
    public interface Progress extends IntConsumer {
        Progress NONE = done -> { };
    }

    /**
     * Prepares one split's data after the split is made, from its training part only (e.g. fitting
     * population statistics for {@link GroupNormalization}); the identity by default.
     */
    public interface FoldPreparation {
        FoldPreparation NONE = (train, test) -> new Dataset[] {train, test};

        /** Returns {prepared training set, prepared test set}. */
        Dataset<double[]>[] prepare(Dataset<double[]> train, Dataset<double[]> test);
    }

    public static Result run(ClassifierTrainer trainer, Dataset<double[]> data, Protocol protocol, int threads,
                             Progress progress) {
        return run(trainer, data, protocol, threads, progress, FoldPreparation.NONE);
    }

    public static Result run(ClassifierTrainer trainer, Dataset<double[]> data, Protocol protocol, int threads,
                             Progress progress, FoldPreparation preparation) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be >= 1");
        }
        List<Split> splits = protocol.splits(data);
        for (Split s : splits) {
            s.checkDisjoint(data);
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, splits.size())));
        try {
            List<Future<Fold>> futures = new ArrayList<>();
            for (Split split : splits) {
                futures.add(pool.submit(() -> {
                    Fold f = runFold(trainer, data, split, preparation);
                    progress.accept(done.incrementAndGet());
                    return f;
                }));
            }
            List<Fold> folds = new ArrayList<>();
            for (Future<Fold> f : futures) {
                folds.add(f.get());
            }
            return new Result(protocol.name(), trainer.describe(), List.copyOf(folds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Fold runFold(ClassifierTrainer trainer, Dataset<double[]> data, Split split,
                                FoldPreparation preparation) {
        int[] test = split.test();
        Dataset<double[]>[] prepared = preparation.prepare(
                data.subset(data.name() + "/" + split.name() + "/train", split.train()),
                data.subset(data.name() + "/" + split.name() + "/test", test));
        Classifier model = trainer.fit(prepared[0]);
        Dataset<double[]> testSet = prepared[1];
        int[] truth = new int[test.length];
        int[] predicted = new int[test.length];
        double[][] proba = new double[test.length][];
        for (int k = 0; k < test.length; k++) {
            proba[k] = model.probabilities(testSet.get(k).input());
            predicted[k] = argmax(proba[k]);
            truth[k] = testSet.get(k).label();
        }
        return new Fold(split, test, truth, predicted, proba);
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
