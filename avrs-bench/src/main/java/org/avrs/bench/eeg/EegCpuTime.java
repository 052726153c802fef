package org.avrs.bench.eeg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The workloads of {@link EegFeaturesBench} timed by this thread's CPU time (robust to other load on a
 * shared machine, where the wall clock also counts waiting for the core). For each workload: a warm-up
 * of ≥ 3 CPU-seconds, then 7 rounds of ≥ 0.5 CPU-seconds; prints one JSON object of the best CPU
 * seconds per operation. bench/peers/eeg_features.py measures the peer the same way.
 *
 * <pre>java -cp avrs-bench/target/classes:avrs-bench/target/lib/* org.avrs.bench.eeg.EegCpuTime</pre>
 */
public final class EegCpuTime {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private EegCpuTime() {
    }

    public static void main(String[] args) {
        EegFeaturesBench b = new EegFeaturesBench();
        b.setup();
        Map<String, Supplier<Object>> work = new LinkedHashMap<>();
        work.put("bandpower", b::bandPower);
        work.put("de", b::differentialEntropy);
        work.put("hjorth", b::hjorth);
        work.put("channel_stats", b::channelStatistics);
        System.out.println(bestAsJson(work));
    }

    /** For each workload: a 3 s warm-up, then the best of 7 rounds of 0.5 s; a JSON object of seconds per op. */
    public static String bestAsJson(Map<String, Supplier<Object>> work) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Supplier<Object>> w : work.entrySet()) {
            secondsPerOp(w.getValue(), 3.0);
            double min = Double.POSITIVE_INFINITY;
            for (int round = 0; round < 7; round++) {
                min = Math.min(min, secondsPerOp(w.getValue(), 0.5));
            }
            json.append(json.length() > 1 ? ", " : "").append('"').append(w.getKey()).append("\": ").append(min);
        }
        return json.append('}').toString();
    }

    /** CPU seconds per call of op, over calls adding up to at least {@code budget} CPU seconds. */
    public static double secondsPerOp(Supplier<Object> op, double budget) {
        long t0 = CPU.getCurrentThreadCpuTime();
        long end = t0 + (long) (budget * 1e9);
        long calls = 0;
        Object last = null;
        long now;
        do {
            last = op.get();
            calls++;
            now = CPU.getCurrentThreadCpuTime();
        } while (now < end);
        if (last == null) {
            throw new IllegalStateException("a workload returned nothing");
        }
        return (now - t0) / 1e9 / calls;
    }
}
