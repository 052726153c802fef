package org.avrs.bench.signal;

import java.util.concurrent.TimeUnit;
import org.avrs.core.Signal;
import org.avrs.signal.speech.Mfcc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MFCC throughput with the default config (librosa 0.10 mfcc, n_mfcc 13, n_fft 512, win 400, hop 160,
 * 40 mels) on 20 utterances of 3 s at 16 kHz per operation (6,020 frames, 60 s of audio). Peer:
 * bench/signal_peer.py mfcc. Frames/s = ops/s × 6,020; × real time = ops/s × 60.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Davrs.vector.after=0") // the SIMD path's steady state (see VectorLanes)
public class MfccBench {

    private Mfcc mfcc;
    private Signal[] signals;
    private double[][] samples;

    @Setup
    public void setup() {
        mfcc = new Mfcc(Mfcc.Config.defaults());
        signals = new Signal[BenchSignals.UTTERANCES];
        samples = new double[BenchSignals.UTTERANCES][];
        for (int i = 0; i < signals.length; i++) {
            samples[i] = BenchSignals.speech(BenchSignals.UTTERANCE_SAMPLES, BenchSignals.AUDIO_RATE, i);
            signals[i] = Signal.of(BenchSignals.AUDIO_RATE, samples[i]);
        }
    }

    /** Signal in, FeatureMatrix out (mono check, copies and all). */
    @Benchmark
    public Object extract() {
        Object last = null;
        for (Signal s : signals) {
            last = mfcc.extract(s);
        }
        return last;
    }

    /** double[] in, double[frame][coefficient] out: the computation alone. */
    @Benchmark
    public Object compute() {
        double sum = 0;
        for (double[] x : samples) {
            sum += mfcc.compute(x)[0][0];
        }
        return sum;
    }
}
