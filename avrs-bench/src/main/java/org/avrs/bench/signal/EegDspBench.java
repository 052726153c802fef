package org.avrs.bench.signal;

import java.util.concurrent.TimeUnit;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.Psd;
import org.avrs.signal.dsp.Sos;
import org.avrs.signal.dsp.SosFilter;
import org.avrs.signal.dsp.Welch;
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
 * EEG-style DSP throughput on 32 channels × 60 s at 128 Hz per operation (245,760 channel-samples):
 * Welch PSD (Hann, nperseg 256, noverlap 128, constant detrend, density) and the power of five bands
 * (1–4, 4–8, 8–13, 13–30, 30–45 Hz); and zero-phase band-pass filtering with sosfiltfilt of a 4th-order
 * Butterworth 8–13 Hz (8 poles, 4 sections, odd padding). Peer: bench/signal_peer.py welch / filtfilt.
 * Channel-samples/s = ops/s × 245,760.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class EegDspBench {

    static final double[][] BANDS = {{1, 4}, {4, 8}, {8, 13}, {13, 30}, {30, 45}};

    private double[][] channels;
    private Welch welch;
    private Sos bandpass;

    @Setup
    public void setup() {
        channels = new double[BenchSignals.CHANNELS][];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = BenchSignals.eeg(BenchSignals.CHANNEL_SAMPLES, BenchSignals.EEG_RATE, 1000 + c);
        }
        welch = new Welch(Welch.Config.of(256));
        bandpass = Butterworth.bandpass(4, 8, 13, BenchSignals.EEG_RATE);
    }

    @Benchmark
    public Object welchBandPower() {
        double[][] power = new double[channels.length][BANDS.length];
        for (int c = 0; c < channels.length; c++) {
            Psd psd = welch.psd(channels[c], BenchSignals.EEG_RATE);
            for (int b = 0; b < BANDS.length; b++) {
                power[c][b] = psd.bandPower(BANDS[b][0], BANDS[b][1]);
            }
        }
        return power;
    }

    @Benchmark
    public Object bandpassFiltfilt() {
        double[][] out = new double[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            out[c] = SosFilter.filtfilt(bandpass, channels[c]);
        }
        return out;
    }
}
