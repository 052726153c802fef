package org.avrs.bench.physio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.avrs.bench.eeg.EegCpuTime;
import org.avrs.core.Signal;
import org.avrs.signal.physio.EcgPeakDetector;
import org.avrs.signal.physio.EdaFeatures;
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
 * Physiology throughput on synthetic records (peer: bench/peers/physio_features.py, same formulas):
 * <ul>
 *   <li>ecgPeaks: {@link EcgPeakDetector} (NeuroKit2's method, defaults) on 5 min of ECG at 1000 Hz
 *       (300,000 samples): a Gaussian R wave (σ 10 ms) every 0.8 s + a T wave 250 ms later (σ 40 ms, a
 *       third as high) + 0.05·u noise + a 0.3 Hz baseline wander;</li>
 *   <li>edaFeatures: {@link EdaFeatures} (3 Hz cleaning, 0.05 Hz high-pass split, SCR detection) on 10
 *       min of EDA at 100 Hz (60,000 samples): 5 µS + 0.002·t drift + a Bateman SCR every 15 s + 0.002·u.</li>
 * </ul>
 * u is uniform in [−1, 1) (SplittableRandom; the peer draws its own noise of the same law).
 * {@link #main} prints the CPU-time figures (best of 7 rounds) as JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PhysioBench {

    double[] ecg;
    Signal eda;
    EcgPeakDetector detector;
    EdaFeatures edaFeatures;

    @Setup
    public void setup() {
        double fs = 1000;
        ecg = new double[300_000];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < ecg.length; i++) {
            double t = i / fs;
            double phase = t % 0.8;
            double r = phase - 0.4;
            double tw = phase - 0.65;
            ecg[i] = Math.exp(-r * r / (2 * 0.01 * 0.01)) + 0.33 * Math.exp(-tw * tw / (2 * 0.04 * 0.04))
                    + 0.05 * (2 * rnd.nextDouble() - 1) + 0.2 * Math.sin(2 * Math.PI * 0.3 * t);
        }
        double[] x = new double[60_000];
        for (int i = 0; i < x.length; i++) {
            double t = i / 100.0;
            double s = t % 15 - 2;
            x[i] = 5 + 0.002 * t + 0.002 * (2 * rnd.nextDouble() - 1)
                    + (s >= 0 ? Math.exp(-s / 2.0) - Math.exp(-s / 0.75) : 0);
        }
        eda = Signal.builder().sampleRate(100).channels(x).names(List.of("EDA")).build();
        detector = new EcgPeakDetector(EcgPeakDetector.Config.of(fs));
        edaFeatures = new EdaFeatures(EdaFeatures.Config.defaults());
    }

    @Benchmark
    public Object ecgPeaks() {
        return detector.detect(ecg);
    }

    @Benchmark
    public Object edaFeatures() {
        return edaFeatures.extractWithWarnings(eda);
    }

    /** CPU time per operation, best of 7 rounds, as JSON. */
    public static void main(String[] args) {
        PhysioBench b = new PhysioBench();
        b.setup();
        if (b.ecgPeaks() instanceof org.avrs.signal.physio.Peaks p && p.count() != 375) {
            throw new IllegalStateException("the synthetic ECG has 375 beats; found " + p.count());
        }
        Map<String, Supplier<Object>> work = new LinkedHashMap<>();
        work.put("ecg_peaks", b::ecgPeaks);
        work.put("eda_features", b::edaFeatures);
        System.out.println(EegCpuTime.bestAsJson(work));
    }
}
