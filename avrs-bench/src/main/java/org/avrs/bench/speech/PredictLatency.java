package org.avrs.bench.speech;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.avrs.core.Signal;
import org.avrs.sensing.speech.CrnnSpeechModel;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.signal.io.WavReader;

/**
 * In-process latency of recognising one recording with a trained speech model, as
 * {@code avrs speech predict} does after start-up: reading the WAV file, then
 * {@code recognize} (feature extraction + classification). Per stage: wall and thread-CPU
 * milliseconds, median over {@code repeats} calls after {@code repeats} warm-up calls; also the cold
 * first call and the model's load time. Prints one {@code key=value} line.
 *
 * <pre>java -cp 'avrs-bench/target/classes:avrs-bench/target/lib/*' org.avrs.bench.speech.PredictLatency MODEL CLIP.wav [REPEATS]</pre>
 */
public final class PredictLatency {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PredictLatency() {
    }

    /** One timed call: wall and CPU nanoseconds. */
    private record Time(long wall, long cpu) {
        static Time of(Runnable r) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            r.run();
            return new Time(System.nanoTime() - w, THREADS.getCurrentThreadCpuTime() - c);
        }
    }

    public static void main(String[] args) throws Exception {
        Path modelFile = Path.of(args[0]);
        Path clip = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean deep = isDeep(modelFile);
        Object[] model = new Object[1];
        Time load = Time.of(() -> model[0] = deep ? CrnnSpeechModel.load(modelFile) : SpeechEmotionModel.load(modelFile));
        Signal[] signal = new Signal[1];
        Runnable read = () -> signal[0] = WavReader.read(clip);
        Runnable recognize = () -> {
            if (deep) {
                ((CrnnSpeechModel) model[0]).recognize(signal[0]);
            } else {
                ((SpeechEmotionModel) model[0]).recognize(signal[0]);
            }
        };
        Time coldRead = Time.of(read);
        Time cold = Time.of(recognize);
        for (int i = 0; i < repeats; i++) {
            read.run();
            recognize.run();
        }
        Time[] reads = new Time[repeats];
        Time[] recs = new Time[repeats];
        for (int i = 0; i < repeats; i++) {
            reads[i] = Time.of(read);
            recs[i] = Time.of(recognize);
        }
        System.out.printf(Locale.ROOT, "model=%s kind=%s clip_s=%.3f rate=%.0f repeats=%d load_ms=%.1f cold_read_ms=%.2f "
                        + "cold_recognize_ms=%.1f read_wall_ms=%.3f read_cpu_ms=%.3f recognize_wall_ms=%.2f "
                        + "recognize_cpu_ms=%.2f%n", modelFile.getFileName(), deep ? "crnn" : "classical",
                signal[0].durationSeconds(), signal[0].sampleRate(), repeats, load.wall() / 1e6, coldRead.wall() / 1e6,
                cold.wall() / 1e6, median(reads, true), median(reads, false), median(recs, true), median(recs, false));
        if (deep) {
            ((CrnnSpeechModel) model[0]).close();
        }
    }

    private static double median(Time[] t, boolean wall) {
        double[] v = Arrays.stream(t).mapToDouble(x -> (wall ? x.wall() : x.cpu()) / 1e6).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static boolean isDeep(Path file) throws java.io.IOException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return new String(in.readNBytes(8), java.nio.charset.StandardCharsets.US_ASCII).equals("AVRSDEEP");
        }
    }
}
