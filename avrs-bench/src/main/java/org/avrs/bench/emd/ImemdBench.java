package org.avrs.bench.emd;

import java.util.concurrent.TimeUnit;
import org.avrs.signal.emd.Emd;
import org.avrs.signal.emd.Imemd;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IMEMD (P7 defaults: 64 phases, 10 siftings, 30 dB) and plain EMD of one 3 s, 16 kHz utterance
 * ({@link EmdBenchSignals}), milliseconds per decomposition on one thread. Peer: bench/peers/emd_peer.py;
 * runner: bench/run-emd.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class ImemdBench {

    @Param({"synthetic", "emodb"})
    public String signal;

    private double[] x;
    private final Imemd imemd = new Imemd(Imemd.Config.defaults());
    private final Imemd imemd8 = new Imemd(Imemd.Config.defaults().withPhases(8));
    private final Emd emd = new Emd(Emd.Config.defaults());

    @Setup
    public void setup() {
        x = signal.equals("emodb")
                ? EmdBenchSignals.emodb().orElseThrow(() -> new IllegalStateException("no shared data for emodb"))
                : EmdBenchSignals.synthetic();
    }

    @Benchmark
    public Object imemd64() {
        return imemd.decompose(x);
    }

    @Benchmark
    public Object imemd8() {
        return imemd8.decompose(x);
    }

    @Benchmark
    public Object emd() {
        return emd.decompose(x);
    }
}
