package org.avrs.bench.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.avrs.core.Signal;
import org.avrs.signal.eeg.BandPower;
import org.avrs.signal.eeg.ChannelStatistics;
import org.avrs.signal.eeg.DifferentialEntropy;
import org.avrs.signal.eeg.EegInput;
import org.avrs.signal.eeg.Hjorth;
import org.avrs.signal.eeg.Montage;
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
 * End-to-end EEG feature extraction on DEAP-shaped data: 32 channels × 60 s at 128 Hz (245,760
 * channel-samples per operation), each channel 20·sin(2π·10t) + 10·u, u uniform in [−1, 1)
 * (SplittableRandom, seed 1000 + channel; the peer draws its own noise of the same law — speed does not
 * depend on the values). Extractors with their default configs, Signal in, FeatureMatrix out:
 * <ul>
 *   <li>bandPower: {@link BandPower} — 59 windows of 2 s every 1 s per channel, Welch with 1 s Hann
 *       segments (3 per window), 5 bands absolute + relative;</li>
 *   <li>differentialEntropy: {@link DifferentialEntropy} — per channel and band (5) a zero-phase order-4
 *       Butterworth band-pass of the whole channel (sosfiltfilt), then the variance of 59 windows;</li>
 *   <li>hjorth, channelStatistics: whole-record {@link Hjorth} and {@link ChannelStatistics}.</li>
 * </ul>
 * Peer: bench/peers/eeg_features.py. Channel-samples/s = ops/s × 245,760.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class EegFeaturesBench {

    static final int CHANNELS = 32;
    static final int SAMPLES = 7_680;
    static final double RATE = 128;

    Signal signal;
    BandPower bandPower;
    DifferentialEntropy differentialEntropy;
    Hjorth hjorth;
    ChannelStatistics channelStatistics;

    @Setup
    public void setup() {
        double[][] x = new double[CHANNELS][SAMPLES];
        for (int c = 0; c < CHANNELS; c++) {
            SplittableRandom rnd = new SplittableRandom(1000 + c);
            for (int i = 0; i < SAMPLES; i++) {
                x[c][i] = 20 * Math.sin(2 * Math.PI * 10 * i / RATE) + 10 * (2 * rnd.nextDouble() - 1);
            }
        }
        List<String> names = new ArrayList<>(Montage.DEAP_32);
        signal = Signal.builder().sampleRate(RATE).channels(x).names(names).unit("uV").build();
        EegInput whole = EegInput.defaults().wholeRecord();
        bandPower = new BandPower(BandPower.Config.defaults());
        differentialEntropy = new DifferentialEntropy(DifferentialEntropy.Config.defaults());
        hjorth = new Hjorth(new Hjorth.Config(whole));
        channelStatistics = new ChannelStatistics(new ChannelStatistics.Config(whole));
    }

    @Benchmark
    public Object bandPower() {
        return bandPower.extract(signal);
    }

    @Benchmark
    public Object differentialEntropy() {
        return differentialEntropy.extract(signal);
    }

    @Benchmark
    public Object hjorth() {
        return hjorth.extract(signal);
    }

    @Benchmark
    public Object channelStatistics() {
        return channelStatistics.extract(signal);
    }
}
