package org.avrs.learn;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;

/**
 * A multilayer perceptron on standardized features, in plain Java (no native engine): ReLU hidden
 * layers, a softmax output, trained with Adam (Kingma &amp; Ba 2015, arXiv:1412.6980; β1 0.9, β2 0.999,
 * ε 1e-8) on shuffled mini-batches to minimise the mean cross-entropy plus the L2 penalty
 * (α/2)·Σ‖W‖²/b over the weight matrices (not the biases), b the batch size — scikit-learn's
 * {@code MLPClassifier(solver="adam")} objective. Weights start uniform in ±√(6/(fan_in + fan_out))
 * (Glorot), biases likewise, from {@code new Random(seed)}.
 *
 * <p>Stopping, as scikit-learn: after each epoch the mean training loss is compared with the best so
 * far; after {@code patience} epochs in a row without an improvement of more than {@code tolerance}, or
 * at {@code maxEpochs}, training ends with the last weights. Same seed and data give the same model.
 */
public final class MlpTrainer implements ClassifierTrainer {

    /**
     * @param hidden widths of the hidden layers, each &ge; 1 (may be empty: multinomial logistic regression)
     * @param maxEpochs passes over the data at most, &ge; 1
     * @param batchSize rows per mini-batch, &ge; 1 (a batch is min(batchSize, n))
     * @param learningRate Adam's step size, &gt; 0
     * @param alpha L2 penalty, &ge; 0
     * @param tolerance the loss improvement that counts, &ge; 0
     * @param patience epochs without improvement before stopping, &ge; 1
     * @param seed initial weights and batch order
     */
    public record Config(List<Integer> hidden, int maxEpochs, int batchSize, double learningRate, double alpha,
                         double tolerance, int patience, long seed) {
        public Config {
            hidden = List.copyOf(hidden);
            for (int h : hidden) {
                if (h < 1) {
                    throw new IllegalArgumentException("hidden layer width " + h + " must be >= 1");
                }
            }
            if (maxEpochs < 1 || batchSize < 1 || patience < 1) {
                throw new IllegalArgumentException("maxEpochs " + maxEpochs + ", batchSize " + batchSize
                        + " and patience " + patience + " must be >= 1");
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate " + learningRate + " must be > 0 and finite");
            }
            if (!(alpha >= 0) || !(tolerance >= 0) || Double.isInfinite(alpha) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("alpha " + alpha + " and tolerance " + tolerance
                        + " must be >= 0 and finite");
            }
        }

        /** scikit-learn's MLPClassifier defaults: one hidden layer of 100, 200 epochs, batch 200, η 1e-3,
         * α 1e-4, tol 1e-4, 10 epochs patience; seed 42. */
        public static Config defaults() {
            return new Config(List.of(100), 200, 200, 1e-3, 1e-4, 1e-4, 10, 42);
        }

        public Config withHidden(List<Integer> widths) {
            return new Config(widths, maxEpochs, batchSize, learningRate, alpha, tolerance, patience, seed);
        }

        public Config withMaxEpochs(int epochs) {
            return new Config(hidden, epochs, batchSize, learningRate, alpha, tolerance, patience, seed);
        }

        public Config withSeed(long s) {
            return new Config(hidden, maxEpochs, batchSize, learningRate, alpha, tolerance, patience, s);
        }
    }

    private final Config config;

    public MlpTrainer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "mlp(hidden=%s, relu, adam lr=%s, alpha=%s, batch=%d, maxEpochs=%d, seed=%d)",
                config.hidden(), config.learningRate(), config.alpha(), config.batchSize(), config.maxEpochs(),
                config.seed());
    }

    @Override
    public Classifier fit(Dataset<double[]> training) {
        TribuoData.LabelledRows data = TribuoData.labelledRows(training);
        Standardizer standardizer = Standardizer.fit(data.rows());
        double[][] x = standardizer.apply(data.rows());
        int[] sizes = new int[config.hidden().size() + 2];
        sizes[0] = x[0].length;
        for (int l = 0; l < config.hidden().size(); l++) {
            sizes[l + 1] = config.hidden().get(l);
        }
        sizes[sizes.length - 1] = training.labels().size();
        Network net = Network.glorot(sizes, new Random(config.seed()));
        train(net, x, data.labels(), new Random(config.seed() + 1));
        return new Mlp(standardizer, training.labels(), Provenance.of(this, training), net);
    }

    private void train(Network net, double[][] x, int[] y, Random rnd) {
        int n = x.length;
        int batch = Math.min(config.batchSize(), n);
        Adam adam = new Adam(net, config.learningRate());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double best = Double.POSITIVE_INFINITY;
        int stale = 0;
        for (int epoch = 0; epoch < config.maxEpochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double lossSum = 0;
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                lossSum += net.accumulate(x, y, order, from, to, config.alpha()) * (to - from);
                adam.step();
            }
            double loss = lossSum / n;
            if (loss > best - config.tolerance()) {
                if (++stale >= config.patience()) {
                    return;
                }
            } else {
                stale = 0;
            }
            best = Math.min(best, loss);
        }
    }

    /** Dense layers with their gradients, weights W[l] of sizes[l+1] × sizes[l] row-major. */
    static final class Network {
        final int[] sizes;
        final double[][] w;
        final double[][] b;
        final double[][] gw;
        final double[][] gb;

        /**
         * Takes the arrays as they are (not copied).
         *
         * @throws IllegalArgumentException if a layer's weights or biases do not match {@code sizes}
         */
        Network(int[] sizes, double[][] w, double[][] b) {
            int layers = sizes.length - 1;
            if (layers < 1 || w.length != layers || b.length != layers) {
                throw new IllegalArgumentException(sizes.length + " layer sizes for " + w.length + " weight and "
                        + b.length + " bias arrays");
            }
            for (int l = 0; l < layers; l++) {
                if (w[l].length != (long) sizes[l + 1] * sizes[l] || b[l].length != sizes[l + 1]) {
                    throw new IllegalArgumentException("layer " + l + " of " + sizes[l] + " -> " + sizes[l + 1]
                            + " has " + w[l].length + " weights and " + b[l].length + " biases");
                }
            }
            this.sizes = sizes;
            this.w = w;
            this.b = b;
            gw = new double[layers][];
            gb = new double[layers][];
            for (int l = 0; l < layers; l++) {
                gw[l] = new double[w[l].length];
                gb[l] = new double[b[l].length];
            }
        }

        /** Glorot-uniform weights and biases, drawn layer by layer (weights, then biases). */
        static Network glorot(int[] sizes, Random rnd) {
            int layers = sizes.length - 1;
            double[][] w = new double[layers][];
            double[][] b = new double[layers][];
            for (int l = 0; l < layers; l++) {
                double bound = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
                w[l] = new double[sizes[l + 1] * sizes[l]];
                b[l] = new double[sizes[l + 1]];
                for (int i = 0; i < w[l].length; i++) {
                    w[l][i] = (2 * rnd.nextDouble() - 1) * bound;
                }
                for (int i = 0; i < b[l].length; i++) {
                    b[l][i] = (2 * rnd.nextDouble() - 1) * bound;
                }
            }
            return new Network(sizes, w, b);
        }

        /** Activations of every layer for one input; the last is the softmax output. */
        double[][] forward(double[] in) {
            int layers = w.length;
            double[][] a = new double[layers + 1][];
            a[0] = in;
            for (int l = 0; l < layers; l++) {
                int rows = sizes[l + 1];
                int cols = sizes[l];
                double[] out = new double[rows];
                for (int r = 0; r < rows; r++) {
                    double s = b[l][r];
                    int base = r * cols;
                    for (int c = 0; c < cols; c++) {
                        s += w[l][base + c] * a[l][c];
                    }
                    out[r] = l < layers - 1 ? Math.max(0, s) : s;
                }
                a[l + 1] = out;
            }
            softmaxInPlace(a[layers]);
            return a;
        }

        /** Sets the gradients to those of the batch order[from, to) and returns its mean penalised loss. */
        double accumulate(double[][] x, int[] y, int[] order, int from, int to, double alpha) {
            int layers = w.length;
            for (int l = 0; l < layers; l++) {
                java.util.Arrays.fill(gw[l], 0);
                java.util.Arrays.fill(gb[l], 0);
            }
            int m = to - from;
            double loss = 0;
            for (int k = from; k < to; k++) {
                int i = order[k];
                double[][] a = forward(x[i]);
                double[] delta = a[layers].clone();
                loss -= Math.log(Math.max(delta[y[i]], 1e-300));
                delta[y[i]] -= 1;
                for (int l = layers - 1; l >= 0; l--) {
                    int rows = sizes[l + 1];
                    int cols = sizes[l];
                    double[] prev = l > 0 ? new double[cols] : null;
                    for (int r = 0; r < rows; r++) {
                        double d = delta[r] / m;
                        if (d == 0) {
                            continue;
                        }
                        gb[l][r] += d;
                        int base = r * cols;
                        for (int c = 0; c < cols; c++) {
                            gw[l][base + c] += d * a[l][c];
                            if (prev != null) {
                                prev[c] += delta[r] * w[l][base + c];
                            }
                        }
                    }
                    if (prev != null) {
                        for (int c = 0; c < cols; c++) {
                            if (a[l][c] <= 0) {
                                prev[c] = 0; // ReLU'(s) = 0 where the unit was off
                            }
                        }
                        delta = prev;
                    }
                }
            }
            double penalty = 0;
            for (int l = 0; l < layers; l++) {
                for (int i = 0; i < w[l].length; i++) {
                    penalty += w[l][i] * w[l][i];
                    gw[l][i] += alpha * w[l][i] / m;
                }
            }
            return loss / m + 0.5 * alpha * penalty / m;
        }
    }

    /** Adam's moment estimates for every weight and bias of a network. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPS = 1e-8;
        private final Network net;
        private final double rate;
        private final double[][][] m;
        private final double[][][] v;
        private int t;

        Adam(Network net, double rate) {
            this.net = net;
            this.rate = rate;
            int layers = net.w.length;
            m = new double[2][layers][];
            v = new double[2][layers][];
            for (int l = 0; l < layers; l++) {
                m[0][l] = new double[net.w[l].length];
                v[0][l] = new double[net.w[l].length];
                m[1][l] = new double[net.b[l].length];
                v[1][l] = new double[net.b[l].length];
            }
        }

        void step() {
            t++;
            double step = rate * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
            for (int l = 0; l < net.w.length; l++) {
                update(net.w[l], net.gw[l], m[0][l], v[0][l], step);
                update(net.b[l], net.gb[l], m[1][l], v[1][l], step);
            }
        }

        private static void update(double[] p, double[] g, double[] m, double[] v, double step) {
            for (int i = 0; i < p.length; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
                v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
                p[i] -= step * m[i] / (Math.sqrt(v[i]) + EPS);
            }
        }
    }

    private static void softmaxInPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
    }

    /** The fitted form: the trained network on standardized inputs. */
    static final class Mlp extends StandardizedClassifier {
        private final Network net;

        Mlp(Standardizer standardizer, EmotionSet labels, Provenance provenance, Network net) {
            super(standardizer, labels, provenance);
            this.net = net;
        }

        /** The network, not copied: for {@link ModelPayload} only. */
        Network network() {
            return net;
        }

        @Override
        double[] scaledProbabilities(double[] z) {
            double[][] a = net.forward(z);
            return a[a.length - 1].clone();
        }
    }
}
