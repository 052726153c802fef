package org.avrs.bench.signal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.avrs.signal.dsp.VectorLanes;

/**
 * The workloads of {@link MfccBench} and {@link EegDspBench} timed by the thread's CPU time rather than
 * the wall clock, for a machine shared with other work (time spent waiting for the core is not
 * counted). Prints one JSON object: seconds per operation (best of 7 rounds of ≥ 0.5 s each, after a
 * warm-up of ≥ 3 s per workload), and whether the SIMD paths ran ({@code "vector"}). bench/signal_peer.py --clock cpu measures the peers the same way.
 *
 * <pre>java -cp avrs-bench/target/classes:avrs-bench/target/lib/* org.avrs.bench.signal.CpuTimeRunner</pre>
 */
public final class CpuTimeRunner {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeRunner() {
    }

    public static void main(String[] args) {
        MfccBench mfcc = new MfccBench();
        mfcc.setup();
        EegDspBench eeg = new EegDspBench();
        eeg.setup();
        Map<String, Supplier<Object>> workloads = new LinkedHashMap<>();
        workloads.put("mfcc", mfcc::extract);
        workloads.put("welch", eeg::welchBandPower);
        workloads.put("filtfilt", eeg::bandpassFiltfilt);
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Supplier<Object>> w : workloads.entrySet()) {
            run(w.getValue(), 3.0); // warm-up: let the JIT finish
            double best = Double.POSITIVE_INFINITY;
            for (int round = 0; round < 7; round++) {
                best = Math.min(best, run(w.getValue(), 0.5));
            }
            json.append(json.length() > 1 ? ", " : "").append('"').append(w.getKey()).append("\": ").append(best);
        }
        // which MFCC path ran: the SIMD lanes, or the scalar one (-Davrs.vector=false, or no Vector API)
        json.append(", \"vector\": ").append(VectorLanes.available());
        System.out.println(json.append('}'));
    }

    /** Runs op until at least {@code seconds} of CPU time have passed; returns CPU seconds per run. */
    private static double run(Supplier<Object> op, double seconds) {
        long start = THREADS.getCurrentThreadCpuTime();
        long budget = (long) (seconds * 1e9);
        int runs = 0;
        int sink = 0;
        while (THREADS.getCurrentThreadCpuTime() - start < budget) {
            sink += System.identityHashCode(op.get()) & 1;
            runs++;
        }
        if (sink < 0) {
            System.out.println(sink); // never: keeps the results alive
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9 / runs;
    }
}
