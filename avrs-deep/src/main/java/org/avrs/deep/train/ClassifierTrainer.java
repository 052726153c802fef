package org.avrs.deep.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.avrs.deep.DeepClassifier;
import org.avrs.deep.DeepEngine;

/**
 * Trains a {@link DeepClassifier} with Adam on shuffled mini-batches, minimising the
 * (class-weighted) cross-entropy of {@link CrossEntropyLoss}, and stops early on a validation set.
 *
 * <p>Each epoch visits the training samples in a fresh random order (java.util.Random seeded with
 * the config's seed, so the order is reproducible) in batches of {@code batchSize}; a last batch
 * of a single sample is skipped, because batch norm cannot normalise one sample. After each epoch
 * the network is scored on the validation set in inference mode; when the monitored score is
 * strictly better than the best so far, the weights (including batch-norm statistics) are kept
 * aside. Training stops after {@code patience} epochs without improvement or at
 * {@code maxEpochs}, and the kept weights are restored. Without a validation set the network
 * trains for {@code maxEpochs} and keeps its last weights.
 *
 * <p>Reproducibility: the same seed, data, thread count and engine give the same weights. PyTorch's
 * generator is global to the process, so train one model at a time.
 */
public final class ClassifierTrainer {

    private final TrainConfig config;

    public ClassifierTrainer(TrainConfig config) {
        this.config = config;
    }

    /** The configuration. */
    public TrainConfig config() {
        return config;
    }

    /**
     * Trains {@code net} in place.
     *
     * @param validation held-out samples for early stopping, or null to train all epochs
     * @param listener told after every epoch
     * @throws IllegalArgumentException when the data do not fit the network (sample shape, class
     *     count, class-weight count) or the training set has fewer than two samples
     */
    public TrainingReport fit(DeepClassifier net, ClassificationData train, ClassificationData validation,
            EpochListener listener) {
        check(net, train, "training");
        if (validation != null) {
            check(net, validation, "validation");
            if (validation.size() == 0) {
                throw new IllegalArgumentException("the validation set is empty; pass null to train without one");
            }
        }
        if (train.size() < 2) {
            throw new IllegalArgumentException("need at least 2 training samples, got " + train.size());
        }
        int k = net.config().numClasses();
        if (!config.classWeights().isEmpty() && config.classWeights().size() != k) {
            throw new IllegalArgumentException(config.classWeights().size() + " class weights for " + k + " classes");
        }
        CrossEntropyLoss loss = new CrossEntropyLoss(weights(), config.outputs() == TrainConfig.Outputs.LOGITS);
        DefaultTrainingConfig setup = new DefaultTrainingConfig(loss)
                .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed((float) config.learningRate()))
                        .build())
                .optDevices(new Device[] {Device.cpu()});
        DeepEngine.seed(config.seed());
        Random shuffle = new Random(config.seed());
        List<EpochReport> reports = new ArrayList<>();
        try (Trainer trainer = net.model().newTrainer(setup)) {
            float[][] best = null;
            double bestScore = Double.NaN;
            int bestEpoch = 0;
            for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
                long start = System.nanoTime();
                double trainLoss = trainEpoch(trainer, net, train, loss, shuffle);
                Scores v = validation == null ? Scores.NONE : score(trainer, net, validation, loss);
                double s = v.monitored(config.monitor());
                boolean improved = validation != null && (bestEpoch == 0 || better(s, bestScore));
                if (improved) {
                    best = snapshot(net);
                    bestScore = s;
                    bestEpoch = epoch;
                }
                EpochReport report = new EpochReport(epoch, trainLoss, v.loss, v.accuracy, v.balancedAccuracy, improved,
                        (System.nanoTime() - start) / 1_000_000);
                reports.add(report);
                listener.onEpoch(report);
                if (validation != null && epoch - bestEpoch >= config.patience()) {
                    restore(net, best);
                    return new TrainingReport(reports, bestEpoch, true);
                }
            }
            if (best != null) {
                restore(net, best);
                return new TrainingReport(reports, bestEpoch, false);
            }
            return new TrainingReport(reports, reports.size(), false);
        }
    }

    private static void check(DeepClassifier net, ClassificationData data, String what) {
        if (!Arrays.equals(data.sampleShape(), net.sampleShape())) {
            throw new IllegalArgumentException(what + " samples have shape " + Arrays.toString(data.sampleShape())
                    + ", the network takes " + Arrays.toString(net.sampleShape()));
        }
        if (data.numClasses() != net.config().numClasses()) {
            throw new IllegalArgumentException(what + " data have " + data.numClasses() + " classes, the network "
                    + net.config().numClasses());
        }
    }

    private float[] weights() {
        if (config.classWeights().isEmpty()) {
            return null;
        }
        float[] w = new float[config.classWeights().size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = config.classWeights().get(i).floatValue();
        }
        return w;
    }

    private boolean better(double score, double best) {
        return config.monitor() == TrainConfig.Monitor.LOSS ? score < best : score > best;
    }

    /** One pass over the shuffled training data; returns the sample-weighted mean batch loss. */
    private double trainEpoch(Trainer trainer, DeepClassifier net, ClassificationData data, CrossEntropyLoss loss,
            Random shuffle) {
        int[] order = Permutation.of(data.size(), shuffle);
        double sum = 0;
        int seen = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            int[] idx = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize()));
            if (idx.length < 2) {
                continue;
            }
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDArray x = batch.create(data.gather(idx), net.batchShape(idx.length));
                NDArray y = batch.create(data.labelsAt(idx));
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray value = loss.evaluate(new NDList(y), trainer.forward(new NDList(x)));
                    collector.backward(value);
                    sum += value.getFloat() * idx.length;
                    seen += idx.length;
                }
                trainer.step();
            }
        }
        return sum / seen;
    }

    /** Validation scores in inference mode. */
    private Scores score(Trainer trainer, DeepClassifier net, ClassificationData data, CrossEntropyLoss loss) {
        int k = data.numClasses();
        int[] truth = data.labels();
        int[] predicted = new int[truth.length];
        double lossSum = 0;
        double weightSum = 0;
        float[] w = weights();
        for (int from = 0; from < truth.length; from += config.batchSize()) {
            int[] idx = IntStream.range(from, Math.min(truth.length, from + config.batchSize())).toArray();
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDArray x = batch.create(data.gather(idx), net.batchShape(idx.length));
                NDArray scores = trainer.evaluate(new NDList(x)).singletonOrThrow();
                double batchWeight = 0;
                for (int i : idx) {
                    batchWeight += w == null ? 1 : w[truth[i]];
                }
                lossSum += loss.evaluate(new NDList(batch.create(data.labelsAt(idx))), new NDList(scores)).getFloat()
                        * batchWeight;
                weightSum += batchWeight;
                int[] arg = argmax(scores.toFloatArray(), k);
                System.arraycopy(arg, 0, predicted, from, arg.length);
            }
        }
        return Scores.of(truth, predicted, k, weightSum > 0 ? lossSum / weightSum : Double.NaN);
    }

    private static int[] argmax(float[] rows, int k) {
        int[] out = new int[rows.length / k];
        for (int i = 0; i < out.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (rows[i * k + c] > rows[i * k + best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** Copies of every parameter's values, batch-norm running statistics included. */
    private static float[][] snapshot(DeepClassifier net) {
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> p : net.block().getParameters()) {
            values.add(p.getValue().getArray().toFloatArray());
        }
        return values.toArray(float[][]::new);
    }

    /** Writes a snapshot back in place, so the optimizer and gradients keep their arrays. */
    private static void restore(DeepClassifier net, float[][] values) {
        int i = 0;
        for (Pair<String, Parameter> p : net.block().getParameters()) {
            p.getValue().getArray().set(values[i++]);
        }
    }

    /** Validation scores of one epoch. */
    private record Scores(double loss, double accuracy, double balancedAccuracy) {
        static final Scores NONE = new Scores(Double.NaN, Double.NaN, Double.NaN);

        static Scores of(int[] truth, int[] predicted, int k, double loss) {
            int[] total = new int[k];
            int[] hits = new int[k];
            int correct = 0;
            for (int i = 0; i < truth.length; i++) {
                total[truth[i]]++;
                if (truth[i] == predicted[i]) {
                    hits[truth[i]]++;
                    correct++;
                }
            }
            double recallSum = 0;
            int present = 0;
            for (int c = 0; c < k; c++) {
                if (total[c] > 0) {
                    recallSum += (double) hits[c] / total[c];
                    present++;
                }
            }
            return new Scores(loss, (double) correct / truth.length, recallSum / present);
        }

        double monitored(TrainConfig.Monitor m) {
            return switch (m) {
                case LOSS -> loss;
                case ACCURACY -> accuracy;
                case BALANCED_ACCURACY -> balancedAccuracy;
            };
        }
    }
}
