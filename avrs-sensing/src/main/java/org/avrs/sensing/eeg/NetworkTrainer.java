package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.deep.DeepClassifier;
import org.avrs.deep.block.DeepConvNet;
import org.avrs.deep.block.NetworkConfig;
import org.avrs.deep.block.RecurrentClassifier;
import org.avrs.deep.block.ShallowConvNet;
import org.avrs.deep.io.Json;
import org.avrs.deep.train.ClassificationData;
import org.avrs.deep.train.ClassifierTrainer;
import org.avrs.deep.train.EpochListener;
import org.avrs.deep.train.TrainConfig;

/**
 * Trains a network on raw EEG windows (DJL, PyTorch engine): ShallowConvNet or DeepConvNet
 * (Schirrmeister et al. 2017, doi:10.1002/hbm.23730) as Ji &amp; Dong (2022, doi:10.3389/fnins.2022.985709)
 * use them, or the LSTM of Alhagry et al. (2017). The input of a window is its channels in (time, channel)
 * layout, multiplied by 1/σ with σ the RMS of all training windows' samples (fitted on the training
 * windows only), so that the network sees unit-scale values whatever the unit of the corpus.
 *
 * <p>Training: Adam, mini-batches, softmax cross-entropy of the logits — the same objective as
 * P3's negative log-likelihood of a log-softmax output — for a fixed number of epochs, no validation
 * split ({@link ClassifierTrainer}). P3's settings: learning rate 6.25e-4, batch 8, 150 epochs for
 * valence, 50 for arousal.
 */
public final class NetworkTrainer implements WindowTrainer<EegWindow> {

    /** The network. */
    public enum Architecture { SHALLOW, DEEP, LSTM }

    /**
     * @param architecture which network
     * @param temporalKernel ShallowConvNet's temporal kernel (P3: 3, braindecode: 25); DeepConvNet's
     *     kernel of every conv, or 0 to take the largest kernel ≤ 10 that leaves at least one time step
     *     after its four blocks; ignored by the LSTM
     * @param poolLength ShallowConvNet's average-pool length (P3: 30, braindecode: 75); DeepConvNet's
     *     max-pool length and stride (3); ignored by the LSTM
     * @param poolStride ShallowConvNet's pool stride (P3: 4, braindecode: 15); ignored otherwise
     * @param dropout ShallowConvNet's dropout before the dense layer (0.5), DeepConvNet's before each later
     *     conv block, in [0, 1); ignored by the LSTM (Alhagry's 0.2)
     * @param training optimiser settings; a validation set is never used
     */
    public record Config(Architecture architecture, int temporalKernel, int poolLength, int poolStride, double dropout,
                         TrainConfig training) {
        public Config {
            Objects.requireNonNull(architecture, "architecture");
            Objects.requireNonNull(training, "training");
            if (temporalKernel < 0 || poolLength < 1 || poolStride < 1) {
                throw new IllegalArgumentException("temporalKernel " + temporalKernel + " must be >= 0, poolLength "
                        + poolLength + " and poolStride " + poolStride + " >= 1");
            }
            if (!(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("dropout " + dropout + " must be in [0, 1)");
            }
        }

        /** P3's training: Adam 6.25e-4, batch 8, the given epochs, seed. */
        public static TrainConfig p3Training(int epochs, long seed) {
            return new TrainConfig(epochs, 8, 6.25e-4, seed, epochs, TrainConfig.Monitor.LOSS, List.of(),
                    TrainConfig.Outputs.LOGITS);
        }

        /** ShallowConvNet with P3's kernel 3 and pool 30 / stride 4 (Table 3). */
        public static Config shallowP3(int epochs, long seed) {
            return new Config(Architecture.SHALLOW, 3, 30, 4, 0.5, p3Training(epochs, seed));
        }

        /** ShallowConvNet with braindecode's kernel 25 and pool 75 / stride 15. */
        public static Config shallowBraindecode(int epochs, long seed) {
            return new Config(Architecture.SHALLOW, 25, 75, 15, 0.5, p3Training(epochs, seed));
        }

        /**
         * DeepConvNet with braindecode's pools (3), the largest kernel ≤ 10 that fits the window, and no
         * dropout: braindecode's 0.5 before each conv + batch-norm block made inference collapse to one class
         * on small training sets (batch 8) — training loss near 0, inference at chance, fixed by dropout 0 —
         * the train/inference variance shift of dropout before batch norm (Li, Chen, Hu &amp; Yang, CVPR 2019,
         * "Understanding the Disharmony between Dropout and Batch Normalization by Variance Shift").
         */
        public static Config deep(int epochs, long seed) {
            return new Config(Architecture.DEEP, 0, 3, 3, 0, p3Training(epochs, seed));
        }

        /** Alhagry et al.'s LSTM 64 → 32, dropout 0.2. */
        public static Config lstm(int epochs, long seed) {
            return new Config(Architecture.LSTM, 0, 1, 1, 0.2, p3Training(epochs, seed));
        }

        public Config withTraining(TrainConfig t) {
            return new Config(architecture, temporalKernel, poolLength, poolStride, dropout, t);
        }

        public Config withDropout(double d) {
            return new Config(architecture, temporalKernel, poolLength, poolStride, d, training);
        }
    }

    private final Config config;

    public NetworkTrainer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public String describe() {
        TrainConfig t = config.training();
        String net = switch (config.architecture()) {
            case SHALLOW -> String.format(Locale.ROOT, "shallow-convnet(kernel=%d, pool=%d/%d, dropout=%s)",
                    config.temporalKernel(), config.poolLength(), config.poolStride(), config.dropout());
            case DEEP -> String.format(Locale.ROOT, "deep-convnet(kernel=%s, pool=%d, dropout=%s)",
                    config.temporalKernel() == 0 ? "auto" : Integer.toString(config.temporalKernel()), config.poolLength(),
                    config.dropout());
            case LSTM -> String.format(Locale.ROOT, "lstm(64-32, dropout=%s)", config.dropout());
        };
        return String.format(Locale.ROOT, "%s adam(lr=%s, batch=%d, epochs=%d, seed=%d)", net, t.learningRate(),
                t.batchSize(), t.maxEpochs(), t.seed());
    }

    /** The network configuration for windows of {@code samples} × {@code channels}. */
    public NetworkConfig network(int classes, int channels, int samples) {
        return switch (config.architecture()) {
            case SHALLOW -> {
                ShallowConvNet.Config c = new ShallowConvNet.Config(classes, channels, 40, config.temporalKernel(),
                        config.poolLength(), config.poolStride(), config.dropout(), 0.1, 1e-6, true);
                if (c.pooledSteps(samples) <= 0) {
                    throw new IllegalArgumentException("windows of " + samples + " samples are too short for kernel "
                            + config.temporalKernel() + " and pool " + config.poolLength());
                }
                yield c;
            }
            case DEEP -> new DeepConvNet.Config(classes, channels, 25, List.of(50, 100, 200),
                    deepKernel(samples), config.poolLength(), config.poolLength(), config.dropout(), 0.1, true);
            case LSTM -> {
                RecurrentClassifier.Config a = RecurrentClassifier.Config.alhagry2017(classes);
                yield new RecurrentClassifier.Config(classes, a.cell(), a.hidden(), a.bidirectional(), config.dropout());
            }
        };
    }

    private int deepKernel(int samples) {
        if (config.temporalKernel() > 0) {
            if (deepSteps(samples, config.temporalKernel()) < 1) {
                throw new IllegalArgumentException("windows of " + samples + " samples are too short for DeepConvNet"
                        + " with kernel " + config.temporalKernel());
            }
            return config.temporalKernel();
        }
        for (int k = 10; k >= 2; k--) {
            if (deepSteps(samples, k) >= 1) {
                return k;
            }
        }
        throw new IllegalArgumentException("windows of " + samples + " samples are too short for DeepConvNet");
    }

    /** Time steps left after DeepConvNet's four conv + pool blocks. */
    private long deepSteps(long t, int k) {
        int p = config.poolLength();
        for (int block = 0; block < 4; block++) {
            long conv = t - k + 1;
            if (conv < p) {
                return 0;
            }
            t = (conv - p) / p + 1;
        }
        return t;
    }

    @Override
    public WindowModel<EegWindow> fit(Dataset<EegWindow> training) {
        List<Sample<EegWindow>> labelled = training.samples().stream().filter(Sample::isLabelled).toList();
        if (labelled.size() < 2) {
            throw new IllegalArgumentException("need at least 2 labelled training windows, got " + labelled.size());
        }
        EegWindow first = labelled.get(0).input();
        List<String> channels = first.channels();
        int samples = first.length();
        double ss = 0;
        double count = 0;
        for (Sample<EegWindow> s : labelled) {
            if (!s.input().channels().equals(channels) || s.input().length() != samples) {
                throw new IllegalArgumentException("window " + s.id() + " differs in channels or length from "
                        + labelled.get(0).id());
            }
            double[] sq = s.input().sumOfSquares();
            ss += sq[0];
            count += sq[1];
        }
        float scale = ss > 0 ? (float) (1 / Math.sqrt(ss / count)) : 1f;
        int[] all = java.util.stream.IntStream.range(0, channels.size()).toArray();
        float[][] rows = new float[labelled.size()][];
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = labelled.get(i).input().timeMajor(all, scale);
            labels[i] = labelled.get(i).label();
        }
        EmotionSet set = training.labels();
        long[] shape = {samples, channels.size()};
        ClassificationData data = ClassificationData.of(rows, shape, labels, set.size());
        NetworkConfig net = network(set.size(), channels.size(), samples);
        DeepClassifier classifier = DeepClassifier.create(net, shape, set.labels(), pipeline(channels, scale),
                config.training().seed());
        try {
            new ClassifierTrainer(config.training()).fit(classifier, data, null, EpochListener.NONE);
        } catch (RuntimeException e) {
            classifier.close();
            throw e;
        }
        return new NetworkModel(classifier, set, channels, scale);
    }

    private String pipeline(List<String> channels, float scale) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trainer", describe());
        p.put("channels", channels);
        p.put("inputScale", (double) scale);
        return Json.write(p);
    }

    /** A trained network; reads the channels it was trained on, in that order, from each window. */
    private static final class NetworkModel implements WindowModel<EegWindow> {
        private final DeepClassifier net;
        private final EmotionSet labels;
        private final List<String> channels;
        private final float scale;

        NetworkModel(DeepClassifier net, EmotionSet labels, List<String> channels, float scale) {
            this.net = net;
            this.labels = labels;
            this.channels = channels;
            this.scale = scale;
        }

        @Override
        public EmotionSet labels() {
            return labels;
        }

        @Override
        public double[][] probabilities(List<EegWindow> windows) {
            List<float[]> inputs = new ArrayList<>(windows.size());
            for (EegWindow w : windows) {
                inputs.add(w.timeMajor(w.indicesOf(channels), scale));
            }
            float[][] p = net.predictProbabilities(inputs);
            double[][] out = new double[p.length][];
            for (int i = 0; i < p.length; i++) {
                out[i] = new double[p[i].length];
                for (int c = 0; c < p[i].length; c++) {
                    out[i][c] = p[i][c];
                }
            }
            return out;
        }

        @Override
        public void close() {
            net.close();
        }
    }
}
