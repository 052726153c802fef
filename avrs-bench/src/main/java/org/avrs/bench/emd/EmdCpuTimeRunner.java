package org.avrs.bench.emd;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.avrs.signal.emd.Decomposition;
import org.avrs.signal.emd.Emd;
import org.avrs.signal.emd.Imemd;

/**
 * The workloads of {@link ImemdBench} timed by the thread's CPU time (a machine shared with other work
 * inflates wall time): best of 5 runs after 2 warm-up runs, seconds per decomposition, with the IMF
 * count. Prints one JSON object. bench/peers/emd_peer.py measures the NumPy/SciPy transcription the same
 * way.
 *
 * <pre>java -cp avrs-bench/target/classes:avrs-bench/target/lib/* org.avrs.bench.emd.EmdCpuTimeRunner [key…]</pre>
 *
 * With arguments, only the workloads whose key "signal/method" (e.g. {@code emodb/imemd64}) contains one
 * of them are run.
 */
public final class EmdCpuTimeRunner {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EmdCpuTimeRunner() {
    }

    public static void main(String[] args) {
        Map<String, double[]> signals = new LinkedHashMap<>();
        signals.put("synthetic", EmdBenchSignals.synthetic());
        Optional<double[]> emodb = EmdBenchSignals.emodb();
        emodb.ifPresent(x -> signals.put("emodb", x));
        Map<String, Function<double[], Decomposition>> methods = new LinkedHashMap<>();
        methods.put("imemd64", new Imemd(Imemd.Config.defaults())::decompose);
        methods.put("imemd8", new Imemd(Imemd.Config.defaults().withPhases(8))::decompose);
        methods.put("emd", new Emd(Emd.Config.defaults())::decompose);
        StringBuilder json = new StringBuilder("{");
        for (var s : signals.entrySet()) {
            for (var m : methods.entrySet()) {
                String key = s.getKey() + "/" + m.getKey();
                if (args.length > 0 && Arrays.stream(args).noneMatch(key::contains)) {
                    continue;
                }
                int imfs = 0;
                for (int i = 0; i < 2; i++) {
                    imfs = m.getValue().apply(s.getValue()).imfCount();
                }
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < 5; i++) {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    m.getValue().apply(s.getValue());
                    best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - t0) / 1e9);
                }
                json.append(json.length() > 1 ? ", " : "").append(String.format("\"%s\": {\"seconds\": %.4f, \"imfs\": %d}",
                        key, best, imfs));
            }
        }
        System.out.println(json.append('}'));
    }
}
