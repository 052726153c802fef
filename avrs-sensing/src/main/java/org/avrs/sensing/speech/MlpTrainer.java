package org.avrs.sensing.speech;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.deep.DeepClassifier;
import org.avrs.deep.block.Mlp;
import org.avrs.deep.train.ClassificationData;
import org.avrs.deep.train.ClassifierTrainer;
import org.avrs.deep.train.TrainConfig;
import org.avrs.learn.Classifier;
import org.avrs.learn.Provenance;
import org.avrs.learn.Standardizer;

/**
 * A multilayer perceptron on standardized feature vectors, trained with DJL ({@link Mlp}: Linear →
 * ReLU → Dropout per hidden layer → Linear, softmax cross-entropy, Adam) for a fixed number of epochs
 * on the whole training set (no early stopping: the training set has no held-out part to spare). The
 * fitted weights are copied out of the engine, so the classifier is a plain immutable Java object:
 * p = softmax(W_L·relu(… relu(W_1·z + b_1) …) + b_L) with z the standardized input.
 *
 * <p>PyTorch's random generator is global to the process: fit one model at a time for reproducible
 * weights (cross-validate with one thread).
 */
public final class MlpTrainer implements org.avrs.learn.ClassifierTrainer {

    /**
     * @param hidden widths of the hidden layers
     * @param dropout dropout after each hidden layer, in [0, 1)
     * @param epochs passes over the training set (&gt; 0)
     * @param batchSize mini-batch size (≥ 2)
     * @param learningRate Adam's step size (&gt; 0)
     * @param seed seeds weight initialisation, dropout and shuffling
     */
    public record Config(List<Integer> hidden, double dropout, int epochs, int batchSize, double learningRate,
                         long seed) {
        public Config {
            hidden = List.copyOf(hidden);
            new Mlp.Config(2, hidden, dropout);
            new TrainConfig(epochs, batchSize, learningRate, seed, 1, TrainConfig.Monitor.LOSS, List.of(),
                    TrainConfig.Outputs.LOGITS);
        }

        /** One hidden layer of 256 units, dropout 0.5, 40 epochs of batch 32, Adam 1e-3, seed 42. */
        public static Config defaults() {
            return new Config(List.of(256), 0.5, 40, 32, 1e-3, 42);
        }

        public Config withSeed(long s) {
            return new Config(hidden, dropout, epochs, batchSize, learningRate, s);
        }
    }

    private final Config config;

    public MlpTrainer(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "mlp(hidden=%s, dropout=%s, epochs=%d, batch=%d, lr=%s, seed=%d; DJL)",
                config.hidden(), config.dropout(), config.epochs(), config.batchSize(), config.learningRate(),
                config.seed());
    }

    @Override
    public Classifier fit(Dataset<double[]> training) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Sample<double[]> s : training.samples()) {
            if (s.isLabelled()) {
                rows.add(s.input());
                labels.add(s.label());
            }
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("dataset '" + training.name() + "' has fewer than 2 labelled samples");
        }
        Standardizer scaler = Standardizer.fit(rows.toArray(double[][]::new));
        int d = scaler.dimension();
        int k = training.labels().size();
        float[][] x = new float[rows.size()][];
        for (int i = 0; i < x.length; i++) {
            double[] z = scaler.apply(rows.get(i));
            x[i] = new float[d];
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) z[j];
            }
        }
        ClassificationData data = ClassificationData.of(x, new long[] {d},
                labels.stream().mapToInt(Integer::intValue).toArray(), k);
        TrainConfig train = TrainConfig.defaults().withMaxEpochs(config.epochs())
                .withBatch(config.batchSize(), config.learningRate()).withSeed(config.seed());
        try (DeepClassifier net = DeepClassifier.create(new Mlp.Config(k, config.hidden(), config.dropout()),
                new long[] {d}, training.labels().labels(), "{}", config.seed())) {
            new ClassifierTrainer(train).fit(net, data, null, org.avrs.deep.train.EpochListener.NONE);
            return new DenseNetwork(training.labels(), scaler, layers(net), Provenance.of(this, training));
        }
    }

    /** The Linear layers' weights and biases in order, copied out of the engine. */
    private static List<DenseNetwork.Layer> layers(DeepClassifier net) {
        List<DenseNetwork.Layer> layers = new ArrayList<>();
        float[] weight = null;
        long[] shape = null;
        for (Pair<String, Parameter> p : net.block().getParameters()) {
            NDArray a = p.getValue().getArray();
            if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                weight = a.toFloatArray();
                shape = a.getShape().getShape();
            } else if (p.getValue().getType() == Parameter.Type.BIAS && weight != null) {
                layers.add(new DenseNetwork.Layer((int) shape[0], (int) shape[1], weight, a.toFloatArray()));
                weight = null;
            }
        }
        return layers;
    }

    /** The fitted perceptron: standardization, then dense layers with ReLU between them, softmax at the end. */
    static final class DenseNetwork implements Classifier {

        /** y = W·x + b with W (out × in) row-major. */
        record Layer(int out, int in, float[] weight, float[] bias) {
        }

        private final EmotionSet labels;
        private final Standardizer scaler;
        private final List<Layer> layers;
        private final Provenance provenance;

        DenseNetwork(EmotionSet labels, Standardizer scaler, List<Layer> layers, Provenance provenance) {
            if (layers.isEmpty() || layers.get(0).in() != scaler.dimension()
                    || layers.get(layers.size() - 1).out() != labels.size()) {
                throw new IllegalStateException("the network's layers do not fit " + scaler.dimension() + " inputs and "
                        + labels.size() + " classes");
            }
            this.labels = labels;
            this.scaler = scaler;
            this.layers = List.copyOf(layers);
            this.provenance = provenance;
        }

        @Override
        public EmotionSet labels() {
            return labels;
        }

        @Override
        public int featureCount() {
            return scaler.dimension();
        }

        @Override
        public double[] probabilities(double[] features) {
            for (int j = 0; j < features.length; j++) {
                if (!Double.isFinite(features[j])) {
                    throw new IllegalArgumentException("feature " + j + " is " + features[j]);
                }
            }
            double[] h = scaler.apply(features);
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                double[] next = new double[layer.out()];
                for (int o = 0; o < layer.out(); o++) {
                    double s = layer.bias()[o];
                    int row = o * layer.in();
                    for (int i = 0; i < layer.in(); i++) {
                        s += layer.weight()[row + i] * h[i];
                    }
                    next[o] = l < layers.size() - 1 ? Math.max(0, s) : s;
                }
                h = next;
            }
            return softmax(h);
        }

        private static double[] softmax(double[] z) {
            double max = java.util.Arrays.stream(z).max().orElse(0);
            double sum = 0;
            double[] p = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                p[i] = Math.exp(z[i] - max);
                sum += p[i];
            }
            for (int i = 0; i < z.length; i++) {
                p[i] /= sum;
            }
            return p;
        }

        @Override
        public Provenance provenance() {
            return provenance;
        }
    }
}
