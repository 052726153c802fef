package org.avrs.bench.signal;

/**
 * The in-memory signals of the signal benchmarks, generated exactly as bench/signal_peer.py does (a 64-bit
 * LCG and sines), so that Java and the NumPy/SciPy peers process the same numbers.
 */
final class BenchSignals {

    /** MFCC workload: 20 utterances of 3 s at 16 kHz (60 s of audio). */
    static final int UTTERANCES = 20;
    static final int UTTERANCE_SAMPLES = 48_000;
    static final double AUDIO_RATE = 16_000;

    /** EEG workload: 32 channels × 60 s at 128 Hz. */
    static final int CHANNELS = 32;
    static final int CHANNEL_SAMPLES = 7_680;
    static final double EEG_RATE = 128;

    private BenchSignals() {
    }

    static double[] lcgUniform(int n, long seed) {
        long s = seed;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            out[i] = (s >>> 11) * 0x1.0p-53 * 2.0 - 1.0;
        }
        return out;
    }

    /** 0.5 sin(2π·220t) + 0.3 sin(2π(90t + 600t²)) + 0.2 u (tools/golden/signal_dsp.py test_signal). */
    static double[] speech(int n, double fs, long seed) {
        double[] u = lcgUniform(n, seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            x[i] = 0.5 * Math.sin(2 * Math.PI * 220.0 * t) + 0.3 * Math.sin(2 * Math.PI * (90.0 * t + 600.0 * t * t))
                    + 0.2 * u[i];
        }
        return x;
    }

    /** 20 sin(2π·10t) + 10 u, in µV-like units (an alpha rhythm in noise). */
    static double[] eeg(int n, double fs, long seed) {
        double[] u = lcgUniform(n, seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 20 * Math.sin(2 * Math.PI * 10.0 * i / fs) + 10 * u[i];
        }
        return x;
    }
}
