package org.avrs.deep;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.translate.TranslateException;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.avrs.deep.block.NetworkConfig;
import org.avrs.deep.io.Json;

/**
 * A classifier network with its weights, its configuration, the shape of one input sample, the
 * names of its classes and the caller's feature-pipeline configuration (an opaque JSON string), so
 * that a saved model knows how its inputs were made. Owns a DJL {@link Model} (native memory):
 * use it in try-with-resources.
 *
 * <p>Trained by {@code org.avrs.deep.train.ClassifierTrainer}; saved and loaded in the format of
 * {@link ModelFile}. Typical use:
 * <pre>{@code
 * try (DeepClassifier net = DeepClassifier.create(Crnn.Config.defaults(7), new long[] {1, 298, 43},
 *         EmotionSet.EMODB.labels(), pipelineJson, seed)) {
 *     TrainingReport r = new ClassifierTrainer(TrainConfig.defaults())
 *             .fit(net, train, validation, report -> System.out.println(report));
 *     net.save(Path.of("speech-crnn.avrsdl"));
 * }
 * try (DeepClassifier net = DeepClassifier.load(Path.of("speech-crnn.avrsdl"))) {
 *     float[][] p = net.predictProbabilities(List.of(features));   // rows sum to 1
 * }
 * }</pre>
 */
public final class DeepClassifier implements AutoCloseable {

    private final Model model;
    private final NetworkConfig config;
    private final Shape sampleShape;
    private final List<String> labels;
    private final String pipeline;

    private DeepClassifier(Model model, NetworkConfig config, Shape sampleShape, List<String> labels, String pipeline) {
        this.model = model;
        this.config = config;
        this.sampleShape = sampleShape;
        this.labels = labels;
        this.pipeline = pipeline;
    }

    /**
     * A new network with freshly initialised weights (DJL defaults: weights N(0, 2/fan_in), biases
     * 0, batch-norm γ 1 and β 0), drawn from the engine generator seeded with {@code seed}.
     *
     * @param sampleShape the shape of one input sample, without the batch axis, e.g. (1, 298, 43)
     * @param labels class names, one per output class
     * @param pipelineJson the feature pipeline's configuration as JSON (stored, never interpreted)
     * @throws IllegalArgumentException for a bad shape, a label count that differs from the
     *     configuration's class count, or a pipeline string that is not JSON
     */
    public static DeepClassifier create(NetworkConfig config, long[] sampleShape, List<String> labels,
            String pipelineJson, long seed) {
        DeepEngine.seed(seed);
        return openInitialized(config, sampleShape, labels, pipelineJson);
    }

    /** Class names "0", "1", … for a network with {@code n} classes. */
    public static List<String> numberedLabels(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    /** A classifier whose block exists but holds no weights yet; the caller initialises or loads them. */
    static DeepClassifier open(NetworkConfig config, long[] sampleShape, List<String> labels, String pipelineJson) {
        if (sampleShape.length == 0 || Arrays.stream(sampleShape).anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("sample shape " + Arrays.toString(sampleShape)
                    + " must have at least one axis, all > 0");
        }
        List<String> names = List.copyOf(labels);
        if (names.size() != config.numClasses()) {
            throw new IllegalArgumentException(names.size() + " labels for a network of " + config.numClasses()
                    + " classes");
        }
        try {
            Json.parse(pipelineJson);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the pipeline configuration is not JSON: " + e.getMessage(), e);
        }
        Model model = Model.newInstance(config.architecture(), Device.cpu(), DeepEngine.ENGINE);
        model.setBlock(config.newBlock());
        return new DeepClassifier(model, config, new Shape(sampleShape), names, pipelineJson);
    }

    /** A classifier with initialised weights of unspecified values, for the reader to overwrite. */
    static DeepClassifier openInitialized(NetworkConfig config, long[] sampleShape, List<String> labels,
            String pipelineJson) {
        DeepClassifier c = open(config, sampleShape, labels, pipelineJson);
        try {
            c.initialize();
        } catch (RuntimeException e) {
            c.close();
            throw new IllegalArgumentException("the network cannot take samples of shape "
                    + Arrays.toString(sampleShape) + ": " + e.getMessage(), e);
        }
        return c;
    }

    /** Creates the weights (from the engine's generator) for inputs of the sample shape. */
    private void initialize() {
        model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, batchShape(1));
    }

    /** The input shape of a batch of {@code n} samples: (n, sample shape…). */
    public Shape batchShape(long n) {
        return new Shape(n).addAll(sampleShape);
    }

    /**
     * Class probabilities of each sample (rows sum to 1), in inference mode (dropout off, batch
     * norm with its running statistics).
     *
     * @param samples each flattened row-major in the sample shape
     * @throws IllegalArgumentException when a sample has the wrong number of values
     */
    public float[][] predictProbabilities(List<float[]> samples) {
        List<float[]> out = new ArrayList<>(samples.size());
        try (Predictor<float[], float[]> predictor = model.newPredictor(new ProbabilityTranslator(sampleShape))) {
            int chunk = 256;
            for (int i = 0; i < samples.size(); i += chunk) {
                out.addAll(predictor.batchPredict(samples.subList(i, Math.min(samples.size(), i + chunk))));
            }
        } catch (TranslateException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new IllegalStateException("prediction failed: " + e.getMessage(), e);
        }
        return out.toArray(float[][]::new);
    }

    /**
     * Writes this classifier to {@code file} in the {@link ModelFile} format, atomically (a
     * temporary file in the same directory, then a rename), so a crash never leaves half a model.
     */
    public void save(Path file) {
        ModelFile.write(this, file);
    }

    /**
     * Reads a classifier written by {@link #save}.
     *
     * @throws org.avrs.core.InvalidInputException when the file is not a model file, has an
     *     unsupported format version, or is truncated or corrupt, naming the file and the place
     */
    public static DeepClassifier load(Path file) {
        return ModelFile.read(file);
    }

    /** The network's configuration. */
    public NetworkConfig config() {
        return config;
    }

    /** The shape of one input sample (no batch axis). */
    public long[] sampleShape() {
        return sampleShape.getShape();
    }

    /** Class names, index = output position. */
    public List<String> labels() {
        return labels;
    }

    /** The caller's feature-pipeline configuration, exactly as given. */
    public String pipeline() {
        return pipeline;
    }

    /** Number of trained values: every parameter except batch-norm running statistics. */
    public long trainableParameterCount() {
        long n = 0;
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            Parameter.Type t = p.getValue().getType();
            if (t != Parameter.Type.RUNNING_MEAN && t != Parameter.Type.RUNNING_VAR) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }

    /** The network block (owned by this classifier). */
    public Block block() {
        return model.getBlock();
    }

    /** The underlying DJL model, for training (owned by this classifier; do not close it). */
    public Model model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }

    @Override
    public String toString() {
        return "DeepClassifier(" + config + ", sample " + sampleShape + ", labels " + labels + ")";
    }
}
