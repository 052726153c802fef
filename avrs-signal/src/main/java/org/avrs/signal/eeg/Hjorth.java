package org.avrs.signal.eeg;

import java.util.List;
import java.util.Objects;

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
public final class Hjorth extends WindowedExtractor {

    private static final List<String> SUFFIXES = List.of("activity", "mobility", "complexity");

    /** @param input sample rate, channels and windows */
    public record Config(EegInput input) {
        public Config {
            Objects.requireNonNull(input, "input");
            if (!input.spansWholeRecord() && input.windowLength(0) < 3) {
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

    public Hjorth(Config config) {
        super(Objects.requireNonNull(config, "config").input(), SUFFIXES, 3, "Hjorth parameters");
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /**
     * Writes activity, mobility and complexity of x[from, from + n), n ≥ 3, to out[0…2]: two passes
     * over the window (the means of x, x′ and x″, then their squared deviations), nothing allocated.
     */
    @Override
    void window(double[] x, int from, int n, double[] out) {
        int end = from + n;
        double s0 = x[end - 1] + x[end - 2];
        double s1 = x[end - 1] - x[end - 2];
        double s2 = 0;
        for (int i = from; i < end - 2; i++) {
            s0 += x[i];
            s1 += x[i + 1] - x[i];
            s2 += x[i + 2] - 2 * x[i + 1] + x[i];
        }
        double m0 = s0 / n;
        double m1 = s1 / (n - 1);
        double m2 = s2 / (n - 2);
        double d0 = x[end - 1] - m0;
        double e0 = x[end - 2] - m0;
        double d1 = x[end - 1] - x[end - 2] - m1;
        double v0 = d0 * d0 + e0 * e0;
        double v1 = d1 * d1;
        double v2 = 0;
        for (int i = from; i < end - 2; i++) {
            double a = x[i] - m0;
            double b = x[i + 1] - x[i] - m1;
            double c = x[i + 2] - 2 * x[i + 1] + x[i] - m2;
            v0 += a * a;
            v1 += b * b;
            v2 += c * c;
        }
        v0 /= n;
        v1 /= n - 1;
        v2 /= n - 2;
        out[0] = v0;
        out[1] = Math.sqrt(v1 / v0);
        out[2] = Math.sqrt(v2 * v0) / v1;
    }
}
