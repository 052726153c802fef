package org.avrs.signal.eeg;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;

/**
 * Hjorth parameters per channel and window (Hjorth 1970, doi:10.1016/0013-4694(70)90143-4), with the
 * derivative taken as the first difference x′ᵢ = xᵢ₊₁ − xᵢ (per sample, not per second):
 * <ul>
 *   <li>activity = var(x)</li>
 *   <li>mobility = √(var(x′)/var(x))</li>
 *   <li>complexity = mobility(x′)/mobility(x) = √(var(x″)·var(x)) / var(x′)</li>
 * </ul>
 * var is the biased variance (1/N, mean removed) of each sequence over its own length (N, N−1, N−2).
 * Mobility is in radians per sample: a sine of frequency f sampled at fs has mobility 2·sin(πf/fs)
 * (≈ 2πf/fs; multiply by fs for rad/s) and complexity ≈ 1; white noise has mobility √2 and complexity
 * √1.5. A constant window gives mobility and complexity NaN. Columns per channel:
 * {@code <ch>_activity, <ch>_mobility, <ch>_complexity}. Windows need at least 3 samples. Immutable and
 * thread-safe.
 */
public final class Hjorth implements FeatureExtractor {

    private static final List<String> SUFFIXES = List.of("activity", "mobility", "complexity");

    /** @param input sample rate, channels and windows */
    public record Config(EegInput input) {
        public Config {
            Objects.requireNonNull(input, "input");
            if (!input.isWholeRecord() && input.windowLength(0) < 3) {
                throw new IllegalArgumentException("Hjorth parameters need windows of at least 3 samples; "
                        + input.windowSeconds() + " s at " + input.sampleRate() + " Hz is " + input.windowLength(0));
            }
        }

        /** DEAP's 32 channels at 128 Hz, one row for the whole record. */
        public static Config defaults() {
            return new Config(EegInput.defaults().wholeRecord());
        }
    }

    private final Config config;
    private final List<String> names;

    public Hjorth(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.names = config.input().columnNames(SUFFIXES);
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        return config.input().compute(signal, SUFFIXES, 3, "Hjorth parameters", (x, starts, len, out) -> {
            for (int t = 0; t < starts.length; t++) {
                parameters(x, starts[t], len, out[t]);
            }
        });
    }

    /** Writes activity, mobility and complexity of x[from, from + n), n ≥ 3, to out[0…2]. */
    static void parameters(double[] x, int from, int n, double[] out) {
        double[] d1 = new double[n - 1];
        for (int i = 0; i < d1.length; i++) {
            d1[i] = x[from + i + 1] - x[from + i];
        }
        double[] d2 = new double[n - 2];
        for (int i = 0; i < d2.length; i++) {
            d2[i] = d1[i + 1] - d1[i];
        }
        double v0 = Variance.of(x, from, n);
        double v1 = Variance.of(d1, 0, d1.length);
        double v2 = Variance.of(d2, 0, d2.length);
        out[0] = v0;
        out[1] = Math.sqrt(v1 / v0);
        out[2] = Math.sqrt(v2 * v0) / v1;
    }
}
