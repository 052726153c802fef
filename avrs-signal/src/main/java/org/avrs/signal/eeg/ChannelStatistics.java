package org.avrs.signal.eeg;

import java.util.List;
import java.util.Objects;

/**
 * Per-channel amplitude statistics of Ji &amp; Dong (2022) Table 2, doi:10.3389/fnins.2022.985709 — the
 * statistics used there to rank channels. For the N samples xᵢ of a channel in a window:
 * <ul>
 *   <li>mean μ = (1/N) Σ xᵢ</li>
 *   <li>variance V = (1/N) Σ (xᵢ − μ)² (biased, 1/N — not the n−1 sample variance)</li>
 *   <li>RMS = √((1/N) Σ xᵢ²)</li>
 *   <li>skewness = (1/N) Σ ((xᵢ − μ)/σ)³ with σ = √V (scipy.stats.skew(bias=True))</li>
 *   <li>kurtosis = (1/N) Σ ((xᵢ − μ)/σ)⁴, <em>non-excess</em>: 3 for a Gaussian
 *       (scipy.stats.kurtosis(fisher=False, bias=True); commons-math's Kurtosis is the bias-corrected
 *       excess kurtosis instead)</li>
 * </ul>
 * A constant window (σ = 0, or V ≤ (10⁻¹⁵·μ)² as SciPy tests for rounding) has skewness and kurtosis
 * NaN, as SciPy. Columns per channel:
 * {@code <ch>_mean, <ch>_variance, <ch>_rms, <ch>_skewness, <ch>_kurtosis}, in signal units (mean,
 * RMS), units² (variance) and dimensionless. Two passes (mean first) so that a large offset does not
 * cost precision. Immutable and thread-safe.
 */
public final class ChannelStatistics extends WindowedExtractor {

    private static final List<String> SUFFIXES = List.of("mean", "variance", "rms", "skewness", "kurtosis");

    /** @param input sample rate, channels and windows */
    public record Config(EegInput input) {
        public Config {
            Objects.requireNonNull(input, "input");
        }

        /** DEAP's 32 channels at 128 Hz, one row for the whole record. */
        public static Config defaults() {
            return new Config(EegInput.defaults().wholeRecord());
        }
    }

    private final Config config;

    public ChannelStatistics(Config config) {
        super(Objects.requireNonNull(config, "config").input(), SUFFIXES, 1, "channel statistics");
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /** Writes mean, variance, RMS, skewness and kurtosis of x[from, from + n) to out[0…4]. */
    @Override
    void window(double[] x, int from, int n, double[] out) {
        double sum = 0;
        double sumSq = 0;
        for (int i = from; i < from + n; i++) {
            sum += x[i];
            sumSq += x[i] * x[i];
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (int i = from; i < from + n; i++) {
            double d = x[i] - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        out[0] = mean;
        out[1] = m2;
        out[2] = Math.sqrt(sumSq / n);
        // a window constant up to rounding has no shape: SciPy's test m2 <= (1e-15·mean)²
        boolean constant = m2 <= (1e-15 * mean) * (1e-15 * mean);
        out[3] = constant ? Double.NaN : m3 / (m2 * Math.sqrt(m2));
        out[4] = constant ? Double.NaN : m4 / (m2 * m2);
    }
}
