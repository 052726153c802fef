package org.avrs.bench.eeg_affect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.deep.io.Json;
import org.avrs.sensing.eeg.EegWindow;
import org.avrs.sensing.eeg.NetworkTrainer;
import org.avrs.sensing.eeg.WindowModel;

/**
 * The execution time channel selection saves at P3's geometry (Ji &amp; Dong 2022: 246 channels, 2 s at
 * 256 Hz = 512 samples, batch 8, ShallowConvNet with kernel 3 and pool 30/4): wall and CPU time of
 * training for {@code epochs} epochs on {@code n} windows plus predicting them, for C = 246 and for the
 * paper's K = 90 and 68. The data are random (timing only). Appends JSON lines to args[0].
 *
 * <pre>java ... org.avrs.bench.eeg_affect.SelectionTiming OUT.jsonl [WINDOWS] [EPOCHS]</pre>
 */
public final class SelectionTiming {

    private SelectionTiming() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 160;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int channels : new int[] {246, 90, 68}) {
            Dataset<EegWindow> data = random(n, channels, 512);
            {
                NetworkTrainer t = new NetworkTrainer(NetworkTrainer.Config.shallowP3(epochs, 1));
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                try (WindowModel<EegWindow> m = t.fit(data)) {
                    m.probabilities(data.samples().stream().map(Sample::input).toList());
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("channels", channels);
                row.put("windows", n);
                row.put("samples", 512);
                row.put("epochs", epochs);
                row.put("wall_s", (System.nanoTime() - w0) / 1e9);
                row.put("cpu_s", (threads.getCurrentThreadCpuTime() - c0) / 1e9);
                row.put("trainer", t.describe());
                String line = Json.write(row);
                System.err.println(line);
                Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    private static Dataset<EegWindow> random(int n, int channels, int samples) {
        Random rnd = new Random(channels);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            names.add("E" + c);
        }
        List<Sample<EegWindow>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[][] x = new float[channels][samples];
            for (float[] ch : x) {
                for (int s = 0; s < samples; s++) {
                    ch[s] = (float) rnd.nextGaussian();
                }
            }
            out.add(Sample.of("w" + i, new EegWindow(x, names, 256), i % 2, Group.subject("s" + (i % 4)), "timing"));
        }
        return new Dataset<>("timing", EmotionSet.VALENCE_BINARY, out);
    }
}
