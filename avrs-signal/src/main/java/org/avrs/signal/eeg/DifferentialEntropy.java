package org.avrs.signal.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.Sos;
import org.avrs.signal.dsp.SosFilter;

/**
 * Differential entropy (DE) per channel, band and window (Duan, Zhu &amp; Lu 2013,
 * doi:10.1109/NER.2013.6695876): for a band-passed signal taken as Gaussian,
 * DE = ½·ln(2πe·σ²), natural log (nats), σ² the <em>variance</em> (biased, 1/N, window mean removed) of
 * the band-passed samples in the window — not the standard deviation.
 *
 * <p>Band-pass: Butterworth of order {@code filterOrder} (a band-pass of 2·order poles, SciPy's
 * {@code butter(order, [lo, hi], "bandpass", fs=fs, output="sos")}, −3 dB at lo and hi), applied
 * zero-phase with {@code sosfiltfilt} (odd padding, SciPy's pad length) to the <em>whole record</em> of
 * each channel; the windows are then cut from the filtered channel, so that filter edge transients fall
 * on the record's ends only, not on every window. With zero-phase filtering the effective response is
 * |H|², so white noise of variance σ² gives a band variance σ²·∫|H|⁴df/(fs/2), a little less than the
 * ideal σ²·(hi − lo)/(fs/2). A window of zero band variance has DE −∞.
 *
 * <p>Columns per channel: {@code <ch>_<band>_de}. Defaults: {@link EegInput#defaults()} (DEAP's 32
 * channels, 128 Hz, 2 s windows every 1 s), {@link Band#defaults()}, order 4. Immutable and thread-safe.
 */
public final class DifferentialEntropy implements FeatureExtractor {

    private static final double LOG_2_PI_E = Math.log(2 * Math.PI * Math.E);

    /**
     * @param input sample rate, channels and windows
     * @param bands the bands, names unique, 0 &lt; low, high &lt; fs/2 (band-pass filters need both edges)
     * @param filterOrder Butterworth order N ≥ 1 (2N poles)
     */
    public record Config(EegInput input, List<Band> bands, int filterOrder) {
        public Config {
            Objects.requireNonNull(input, "input");
            bands = Band.checked(bands);
            Checks.positive("filterOrder", filterOrder);
            double nyquist = input.sampleRate() / 2;
            for (Band b : bands) {
                if (!(b.low() > 0 && b.high() < nyquist)) {
                    throw new IllegalArgumentException("band " + b.name() + " [" + b.low() + ", " + b.high()
                            + ") Hz needs 0 < low and high < the Nyquist frequency " + nyquist
                            + " Hz for a band-pass filter");
                }
            }
        }

        public static Config defaults() {
            return new Config(EegInput.defaults(), Band.defaults(), 4);
        }

        public Config withInput(EegInput in) {
            return new Config(in, bands, filterOrder);
        }

        public Config withBands(List<Band> b) {
            return new Config(input, b, filterOrder);
        }

        public Config withFilterOrder(int order) {
            return new Config(input, bands, order);
        }
    }

    private final Config config;
    private final Sos[] filters;
    private final List<String> suffixes;
    private final List<String> names;

    public DifferentialEntropy(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        List<Band> bands = config.bands();
        this.filters = new Sos[bands.size()];
        List<String> s = new ArrayList<>();
        for (int b = 0; b < filters.length; b++) {
            filters[b] = Butterworth.bandpass(config.filterOrder(), bands.get(b).low(), bands.get(b).high(),
                    config.input().sampleRate());
            s.add(bands.get(b).name() + "_de");
        }
        this.suffixes = List.copyOf(s);
        this.names = config.input().columnNames(suffixes);
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    /**
     * @throws org.avrs.core.InvalidInputException for another sample rate, a missing channel, a record
     *     shorter than a window, or one not longer than the filter's pad length
     */
    @Override
    public FeatureMatrix extract(Signal signal) {
        int minLength = 1;
        for (Sos f : filters) {
            minLength = Math.max(minLength, f.defaultPadLength() + 1);
        }
        return config.input().compute(signal, suffixes, minLength, "differential entropy",
                (x, starts, len, out) -> {
                    for (int b = 0; b < filters.length; b++) {
                        double[] y = SosFilter.filtfilt(filters[b], x);
                        for (int t = 0; t < starts.length; t++) {
                            out[t][b] = of(Variance.of(y, starts[t], len));
                        }
                    }
                });
    }

    /** ½·ln(2πe·σ²) for a variance σ² (−∞ for 0). */
    public static double of(double variance) {
        return 0.5 * (LOG_2_PI_E + Math.log(variance));
    }
}
