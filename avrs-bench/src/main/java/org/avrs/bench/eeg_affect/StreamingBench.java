package org.avrs.bench.eeg_affect;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.KnnTrainer;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.eeg.DeapCorpus;
import org.avrs.sensing.eeg.EegFeatureModel;
import org.avrs.sensing.eeg.EegTrial;
import org.avrs.sensing.eeg.FeatureWindows;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.StreamingEegRecognizer;
import org.avrs.sensing.eeg.SyntheticDeap;

/**
 * Latency and sustained throughput of {@link StreamingEegRecognizer} on 32-channel 128 Hz EEG (DEAP's
 * layout): a feature model (DE, log band power, DASM, RASM, Hjorth over 2 s windows → classifier) is fitted
 * on three synthetic subjects, then a fourth subject's trials are streamed in 1 s chunks.
 *
 * <ul>
 *   <li><b>latency</b>: one stream, hop 1 s; per emitted estimate the thread CPU time and wall time of the
 *       push that emitted it (median, 95th percentile, max), after a warm-up;</li>
 *   <li><b>throughput</b>: S streams fed round-robin, 1 s chunks, for T seconds of signal each; streams one
 *       core keeps up with = S·T / CPU seconds spent (hop 1 s: one estimate per stream per second);</li>
 *   <li><b>parts</b>: per window, the CPU time of the features and of the classifier separately.</li>
 * </ul>
 * Also writes the training vectors and a set of raw windows as CSV (args[1], a folder) for the Python
 * peer (bench/peers/eeg_streaming.py), which times the same work with NumPy/SciPy/scikit-learn.
 *
 * <pre>java -cp avrs-bench/target/classes:avrs-bench/target/lib/* org.avrs.bench.eeg_affect.StreamingBench OUT.json [PEER_DIR]</pre>
 */
public final class StreamingBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StreamingBench() {
    }

    public static void main(String[] args) throws IOException {
        SyntheticDeap.Config config = SyntheticDeap.Config.small(4, 10, 30);
        Path dir = SyntheticData.write(config);
        DeapCorpus corpus = new DeapCorpus(dir, RatingLabels.deapDefault());
        List<Sample<EegTrial>> train = new ArrayList<>();
        for (String s : List.of("s01", "s02", "s03")) {
            train.addAll(corpus.subject(s).samples());
        }
        Dataset<EegTrial> trainSet = new Dataset<>("bench-train", corpus.labels(), train);
        Dataset<EegTrial> stream = corpus.subject("s04");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channels", 32);
        out.put("rate", 128);
        out.put("window_s", 2);
        out.put("chunk_s", 1);
        out.put("java", Runtime.version().toString());
        Map<String, ClassifierTrainer> models = new LinkedHashMap<>();
        models.put("svm-probability", new SvmTrainer(SvmTrainer.Config.defaults()));
        models.put("knn", new KnnTrainer(KnnTrainer.Config.defaults()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, ClassifierTrainer> m : models.entrySet()) {
            EegFeatureModel model = EegFeatureModel.fit(trainSet, FeatureWindows.defaults(), m.getValue(), "bench");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", m.getKey());
            row.put("features", model.features().names().size());
            row.putAll(latency(model, stream, 1.0));
            row.putAll(throughput(model, stream, 16, 60));
            row.putAll(parts(model, stream));
            rows.add(row);
            if (args.length > 1 && m.getKey().equals("svm-probability")) {
                exportForPeer(Path.of(args[1]), model, trainSet, stream);
            }
            System.err.println(row);
        }
        out.put("models", rows);
        Files.writeString(Path.of(args[0]), org.avrs.deep.io.Json.write(out) + "\n");
    }

    /** The stream's trials one after another, [channel][sample]. */
    private static double[][] concatenated(Dataset<EegTrial> trials) {
        int channels = trials.get(0).input().eeg().channelCount();
        int n = trials.samples().stream().mapToInt(s -> s.input().eeg().length()).sum();
        double[][] x = new double[channels][n];
        int at = 0;
        for (Sample<EegTrial> s : trials.samples()) {
            Signal e = s.input().eeg();
            for (int c = 0; c < channels; c++) {
                e.copyChannel(c, 0, x[c], at, e.length());
            }
            at += e.length();
        }
        return x;
    }

    private static double[][] chunk(double[][] x, int from, int n) {
        double[][] c = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            c[k] = Arrays.copyOfRange(x[k], from % (x[k].length - n), from % (x[k].length - n) + n);
        }
        return c;
    }

    private static Map<String, Object> latency(EegFeatureModel model, Dataset<EegTrial> trials, double hop) {
        double[][] x = concatenated(trials);
        int chunk = 128;
        StreamingEegRecognizer live = new StreamingEegRecognizer(model, 2, hop);
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        int warmup = 600;
        for (int k = 0; k < warmup + 300; k++) {
            double[][] c = chunk(x, k * chunk, chunk);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int emitted = live.push(c).size();
            long w1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            if (k >= warmup && emitted == 1) {
                cpu.add((c1 - c0) / 1e6);
                wall.add((w1 - w0) / 1e6);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latency_windows", cpu.size());
        m.put("latency_cpu_ms_median", quantile(cpu, 0.5));
        m.put("latency_cpu_ms_p95", quantile(cpu, 0.95));
        m.put("latency_cpu_ms_max", quantile(cpu, 1.0));
        m.put("latency_wall_ms_median", quantile(wall, 0.5));
        m.put("latency_wall_ms_p95", quantile(wall, 0.95));
        m.put("state_bytes", 32L * 256 * 8);
        return m;
    }

    private static Map<String, Object> throughput(EegFeatureModel model, Dataset<EegTrial> trials, int streams,
                                                  int seconds) {
        double[][] x = concatenated(trials);
        List<StreamingEegRecognizer> live = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            live.add(new StreamingEegRecognizer(model, 2, 1));
        }
        // warm-up: 20 s on every stream
        for (int k = 0; k < 20; k++) {
            for (int s = 0; s < streams; s++) {
                live.get(s).push(chunk(x, (k + 7 * s) * 128, 128));
            }
        }
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        int estimates = 0;
        for (int k = 20; k < 20 + seconds; k++) {
            for (int s = 0; s < streams; s++) {
                estimates += live.get(s).push(chunk(x, (k + 7 * s) * 128, 128)).size();
            }
        }
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - w0) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("throughput_streams", streams);
        m.put("throughput_signal_seconds_per_stream", seconds);
        m.put("throughput_estimates", estimates);
        m.put("throughput_cpu_s", cpu);
        m.put("throughput_wall_s", wall);
        m.put("streams_per_core", streams * (double) seconds / cpu);
        return m;
    }

    /** CPU time per window of the features and of the classifier, each over the same 200 windows. */
    private static Map<String, Object> parts(EegFeatureModel model, Dataset<EegTrial> trials) {
        double[][] x = concatenated(trials);
        List<Signal> windows = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            windows.add(Signal.builder().sampleRate(128).channels(chunk(x, k * 128, 256))
                    .names(model.features().channels()).build());
        }
        for (Signal w : windows) {
            model.probabilities(w); // warm-up
        }
        List<double[]> vectors = new ArrayList<>();
        long c0 = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < 3; r++) {
            vectors.clear();
            for (Signal w : windows) {
                vectors.add(model.features().extract(w));
            }
        }
        double features = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / (3.0 * windows.size());
        c0 = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < 3; r++) {
            for (double[] v : vectors) {
                model.classifier().probabilities(v);
            }
        }
        double classify = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / (3.0 * windows.size());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("features_cpu_ms_per_window", features);
        m.put("classifier_cpu_ms_per_window", classify);
        return m;
    }

    private static double quantile(List<Double> values, double q) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        return s[(int) Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
    }

    /**
     * train.csv: label then the feature vector per training window; windows.csv: 200 raw windows of the
     * streamed subject, one row per window, channel after channel (32 × 256 values); features.csv: the Java
     * feature vectors of those windows (for the peer to check its own against).
     */
    private static void exportForPeer(Path dir, EegFeatureModel model, Dataset<EegTrial> train,
                                      Dataset<EegTrial> stream) throws IOException {
        Files.createDirectories(dir);
        Dataset<double[]> vectors = FeatureWindows.defaults().apply(train);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("train.csv")))) {
            for (Sample<double[]> s : vectors.samples()) {
                w.print(s.label());
                for (double v : s.input()) {
                    w.print(',');
                    w.print(v);
                }
                w.println();
            }
        }
        double[][] x = concatenated(stream);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("windows.csv")));
             PrintWriter f = new PrintWriter(Files.newBufferedWriter(dir.resolve("features.csv")))) {
            for (int k = 0; k < 200; k++) {
                double[][] c = chunk(x, k * 128, 256);
                StringBuilder row = new StringBuilder();
                for (double[] ch : c) {
                    for (double v : ch) {
                        row.append(row.length() == 0 ? "" : ",").append(v);
                    }
                }
                w.println(row);
                double[] v = model.features().extract(Signal.builder().sampleRate(128).channels(c)
                        .names(model.features().channels()).build());
                f.println(String.join(",", Arrays.stream(v).mapToObj(d -> Double.toString(d)).toList()));
            }
        }
        Files.writeString(dir.resolve("names.txt"), String.join("\n", model.features().names()) + "\n");
        System.err.printf(Locale.ROOT, "peer data written to %s%n", dir);
    }
}
