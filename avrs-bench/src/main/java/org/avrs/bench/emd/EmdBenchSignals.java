package org.avrs.bench.emd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.avrs.signal.dsp.PolyphaseResampler;
import org.avrs.signal.io.WavReader;

/**
 * The 3 s, 16 kHz utterances of the EMD benchmarks, made exactly as bench/peers/emd_peer.py makes them:
 * <ul>
 *   <li>{@code synthetic}: 0.5 sin(2π·220t) + 0.3 sin(2π(90t + 600t²)) + 0.2 u, u uniform in [−1, 1) from
 *       the 64-bit LCG of tools/golden/signal_dsp.py, seed 1 — white noise at −17 dB makes it a worst case
 *       for EMD (an extremum every other sample at first);</li>
 *   <li>{@code emodb}: EmoDB 03a01Fa.wav (shared data, 22.05 kHz copy) resampled by resample_poly(320, 441)
 *       to 16 kHz and zero-padded to 3 s, as P7 pads its segments; divided by max |x| as P7 does.</li>
 * </ul>
 */
final class EmdBenchSignals {

    static final double RATE = 16_000;
    static final int SAMPLES = 48_000;

    private EmdBenchSignals() {
    }

    static double[] synthetic() {
        long s = 1;
        double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            double u = (s >>> 11) * 0x1.0p-53 * 2.0 - 1.0;
            double t = i / RATE;
            x[i] = 0.5 * Math.sin(2 * Math.PI * 220.0 * t) + 0.3 * Math.sin(2 * Math.PI * (90.0 * t + 600.0 * t * t))
                    + 0.2 * u;
        }
        return x;
    }

    /** The EmoDB utterance, if the shared data is there (system property avrs.data, env AVRS_DATA, or up the tree). */
    static Optional<double[]> emodb() {
        Optional<Path> file = dataDir().map(d -> d.resolve("emodb/wav/03a01Fa.wav")).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        double[] y = PolyphaseResampler.resample(WavReader.read(file.get()).toMono().channel(0), 320, 441);
        double[] x = new double[SAMPLES];
        System.arraycopy(y, 0, x, 0, Math.min(SAMPLES, y.length));
        double peak = 0;
        for (double v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= peak;
        }
        return Optional.of(x);
    }

    static Optional<Path> dataDir() {
        String prop = System.getProperty("avrs.data", System.getenv("AVRS_DATA"));
        if (prop != null) {
            return Optional.of(Path.of(prop));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return Optional.of(p.resolve("shared/data"));
            }
        }
        return Optional.empty();
    }
}
