package org.avrs.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.avrs.core.InvalidInputException;
import org.avrs.deep.block.Crnn;
import org.avrs.deep.block.DeepConvNet;
import org.avrs.deep.block.Mlp;
import org.avrs.deep.block.NetworkConfig;
import org.avrs.deep.block.RecurrentCell;
import org.avrs.deep.block.RecurrentClassifier;
import org.avrs.deep.block.ShallowConvNet;
import org.avrs.deep.io.Json;
import org.avrs.deep.train.ClassificationData;
import org.avrs.deep.train.ClassifierTrainer;
import org.avrs.deep.train.EpochListener;
import org.avrs.deep.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    private static final String PIPELINE = "{\"features\": \"imemd-43\", \"frames\": 298, \"hop_ms\": 10}";

    private static List<float[]> randomSamples(long[] shape, int n, long seed) {
        int size = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        Random rnd = new Random(seed);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] x = new float[size];
            for (int j = 0; j < size; j++) {
                x[j] = (float) rnd.nextGaussian();
            }
            out.add(x);
        }
        return out;
    }

    /** A small CRNN trained for one epoch, so that batch-norm statistics moved off their initial values. */
    private static DeepClassifier trainedCrnn() {
        Crnn.Config c = new Crnn.Config(3, List.of(4, 4), 3, List.of(2, 2), List.of(2, 2), List.of(3, 3), 0.2,
                List.of(5), 0.2);
        long[] shape = {1, 16, 8};
        DeepClassifier net = DeepClassifier.create(c, shape, List.of("anger", "joy", "neutral"), PIPELINE, 1);
        List<float[]> xs = randomSamples(shape, 12, 2);
        float[] flat = new float[12 * 128];
        for (int i = 0; i < 12; i++) {
            System.arraycopy(xs.get(i), 0, flat, i * 128, 128);
        }
        int[] y = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
        new ClassifierTrainer(TrainConfig.defaults().withMaxEpochs(1).withBatch(4, 0.01))
                .fit(net, new ClassificationData(flat, shape, y, 3), null, EpochListener.NONE);
        return net;
    }

    @Test
    void roundTripGivesIdenticalOutputsAndKeepsTheHeader() throws IOException {
        Path file = dir.resolve("crnn.avrsdl");
        List<float[]> xs = randomSamples(new long[] {1, 16, 8}, 5, 9);
        float[][] before;
        try (DeepClassifier net = trainedCrnn()) {
            before = net.predictProbabilities(xs);
            net.save(file);
        }
        try (DeepClassifier loaded = DeepClassifier.load(file)) {
            assertThat(loaded.predictProbabilities(xs)).isDeepEqualTo(before);
            assertThat(loaded.pipeline()).isEqualTo(PIPELINE);
            assertThat(loaded.labels()).containsExactly("anger", "joy", "neutral");
            assertThat(loaded.sampleShape()).containsExactly(1, 16, 8);
            assertThat(loaded.config()).isEqualTo(new Crnn.Config(3, List.of(4, 4), 3, List.of(2, 2), List.of(2, 2),
                    List.of(3, 3), 0.2, List.of(5), 0.2));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactly("crnn.avrsdl");
        }
    }

    @Test
    void everyArchitectureRoundTrips() {
        List<NetworkConfig> configs = List.of(
                new Mlp.Config(2, List.of(4), 0.1),
                new ShallowConvNet.Config(2, 3, 4, 5, 10, 5, 0.5, 0.1, 1e-6, false),
                new DeepConvNet.Config(2, 3, 4, List.of(5), 3, 2, 2, 0.5, 0.1, true),
                new RecurrentClassifier.Config(2, RecurrentCell.GRU, List.of(3, 2), true, 0.1));
        List<long[]> shapes = List.of(new long[] {6}, new long[] {40, 3}, new long[] {40, 3}, new long[] {7, 3});
        for (int i = 0; i < configs.size(); i++) {
            Path file = dir.resolve("m" + i);
            List<float[]> xs = randomSamples(shapes.get(i), 3, i);
            try (DeepClassifier net = DeepClassifier.create(configs.get(i), shapes.get(i),
                    DeepClassifier.numberedLabels(2), "{}", i)) {
                float[][] before = net.predictProbabilities(xs);
                net.save(file);
                try (DeepClassifier loaded = DeepClassifier.load(file)) {
                    assertThat(loaded.config()).isEqualTo(configs.get(i));
                    assertThat(loaded.predictProbabilities(xs)).isDeepEqualTo(before);
                }
            }
        }
    }

    /** The bytes of a saved small MLP, and the offset where its parameters start. */
    private byte[] savedMlp() throws IOException {
        Path file = dir.resolve("mlp");
        try (DeepClassifier net = DeepClassifier.create(new Mlp.Config(2, List.of(3), 0.0), new long[] {4},
                DeepClassifier.numberedLabels(2), "{}", 1)) {
            net.save(file);
        }
        return Files.readAllBytes(file);
    }

    private static Map<String, Object> header(byte[] file) {
        int n = ByteBuffer.wrap(file, 8, 4).getInt();
        @SuppressWarnings("unchecked")
        Map<String, Object> h = (Map<String, Object>) Json.parse(new String(file, 12, n, StandardCharsets.UTF_8));
        return new LinkedHashMap<>(h);
    }

    private static byte[] withHeader(byte[] file, Map<String, Object> header) {
        int n = ByteBuffer.wrap(file, 8, 4).getInt();
        byte[] h = Json.write(header).getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(file.length - n + h.length);
        out.put(file, 0, 8).putInt(h.length).put(h).put(file, 12 + n, file.length - 12 - n);
        return out.array();
    }

    private InvalidInputException loadFails(byte[] bytes) throws IOException {
        Path file = dir.resolve("bad.avrsdl");
        Files.write(file, bytes);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> DeepClassifier.load(file));
        assertThat(t).isInstanceOf(InvalidInputException.class).hasMessageContaining("bad.avrsdl");
        return (InvalidInputException) t;
    }

    @Test
    void unknownFormatVersionIsAClearError() throws IOException {
        Map<String, Object> h = header(savedMlp());
        h.put("formatVersion", 2);
        assertThat(loadFails(withHeader(savedMlp(), h)))
                .hasMessageContaining("formatVersion")
                .hasMessageContaining("unsupported format version 2")
                .hasMessageContaining("reads version 1");
    }

    @Test
    void foreignTruncatedOrCorruptFilesAreClearErrors() throws IOException {
        byte[] good = savedMlp();
        assertThat(loadFails("RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("not an AVRS deep-model file");
        assertThat(loadFails(Arrays.copyOf(good, good.length - 10))).hasMessageContaining("file ends early");
        byte[] flipped = good.clone();
        flipped[good.length - 8] ^= 0x40;
        assertThat(loadFails(flipped)).hasMessageContaining("checksum mismatch");
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThat(loadFails(longer)).hasMessageContaining("unexpected data after the checksum");
        byte[] hugeHeader = good.clone();
        ByteBuffer.wrap(hugeHeader, 8, 4).putInt(Integer.MAX_VALUE);
        assertThat(loadFails(hugeHeader)).hasMessageContaining("header length 2147483647");
    }

    @Test
    void aHeaderThatDoesNotMatchTheWeightsIsRefused() throws IOException {
        byte[] good = savedMlp();
        Map<String, Object> h = header(good);
        h.put("config", Map.of("numClasses", 2, "hidden", List.of(5), "dropout", 0.0));
        assertThat(loadFails(withHeader(good, h))).hasMessageContaining("has shape [3, 4], expected [5, 4]");
        h.put("config", Map.of("numClasses", 2, "hidden", List.of(3)));
        assertThat(loadFails(withHeader(good, h))).hasMessageContaining("header field 'config'")
                .hasMessageContaining("dropout: missing");
        h = header(good);
        h.put("architecture", "transformer");
        assertThat(loadFails(withHeader(good, h))).hasMessageContaining("unknown architecture \"transformer\"");
    }

    @Test
    void createRefusesInconsistentArguments() {
        NetworkConfig c = new Mlp.Config(2, List.of(3), 0.0);
        assertThatThrownBy(() -> DeepClassifier.create(c, new long[] {4}, List.of("a"), "{}", 1))
                .hasMessageContaining("1 labels for a network of 2 classes");
        assertThatThrownBy(() -> DeepClassifier.create(c, new long[] {4}, List.of("a", "b"), "{oops", 1))
                .hasMessageContaining("pipeline configuration is not JSON");
        assertThatThrownBy(() -> DeepClassifier.create(c, new long[] {0}, List.of("a", "b"), "{}", 1))
                .hasMessageContaining("sample shape [0]");
        assertThatThrownBy(() -> DeepClassifier.create(DeepConvNet.Config.defaults(2, 3), new long[] {100, 3},
                List.of("a", "b"), "{}", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot take samples of shape [100, 3]");
        try (DeepClassifier net = DeepClassifier.create(c, new long[] {4}, List.of("a", "b"), "{}", 1)) {
            assertThatThrownBy(() -> net.predictProbabilities(List.of(new float[3])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 4 values, got 3");
        }
    }
}
