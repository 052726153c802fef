package org.avrs.signal.eeg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.Psd;
import org.avrs.signal.dsp.Welch;

/**
 * Absolute and relative EEG band power per channel, band and window, from Welch's PSD of the window.
 *
 * <p>For each window: P(f) = scipy.signal.welch(x, fs, window="hann", nperseg=round(segmentSeconds·fs),
 * noverlap=nperseg/2 (integer division), detrend="constant", scaling="density") ({@link Welch}); the
 * absolute power of band [lo, hi) is Σ P(fₖ)·Δf over the bins lo ≤ fₖ &lt; hi (rectangle rule,
 * {@link Psd#bandPower}), in signal units² (µV² for µV); the relative power is that divided by the power
 * over [min lo, max hi) of all bands (with the default contiguous bands, 1–50 Hz, the relative powers
 * sum to 1; NaN when that total is 0). A sine of amplitude A whose frequency lies on a bin inside a band
 * (and at least one bin from its edges) has absolute power A²/2 there (Parseval; the Hann window leaks
 * into the two neighbouring bins only).
 *
 * <p>Columns per channel: {@code <ch>_<band>_power} for each band, then {@code <ch>_<band>_relpower}.
 * Defaults: {@link EegInput#defaults()} (DEAP's 32 channels, 128 Hz, 2 s windows every 1 s),
 * {@link Band#defaults()}, 1 s Welch segments (1 Hz bins; 3 segments per 2 s window). Welch, P. D.
 * (1967), doi:10.1109/TAU.1967.1161901. Immutable and thread-safe.
 */
public final class BandPower extends WindowedExtractor {

    /**
     * @param input sample rate, channels and windows
     * @param bands the bands, names unique, each below Nyquist (low &lt; fs/2, high ≤ fs/2)
     * @param segmentSeconds Welch segment length in s (at least 2 samples, at most the window)
     */
    public record Config(EegInput input, List<Band> bands, double segmentSeconds) {
        public Config {
            Objects.requireNonNull(input, "input");
            bands = Band.checked(bands);
            Checks.positive("segmentSeconds", segmentSeconds);
            double nyquist = input.sampleRate() / 2;
            for (Band b : bands) {
                if (!(b.low() < nyquist && b.high() <= nyquist)) {
                    throw new IllegalArgumentException("band " + b.name() + " [" + b.low() + ", " + b.high()
                            + ") Hz must lie below the Nyquist frequency " + nyquist + " Hz");
                }
            }
            if (segmentLength(input, segmentSeconds) < 2) {
                throw new IllegalArgumentException("segmentSeconds " + segmentSeconds + " is under 2 samples");
            }
            if (!input.spansWholeRecord() && segmentLength(input, segmentSeconds) > input.windowLength(0)) {
                throw new IllegalArgumentException("segmentSeconds " + segmentSeconds + " exceeds windowSeconds "
                        + input.windowSeconds());
            }
        }

        public static Config defaults() {
            return new Config(EegInput.defaults(), Band.defaults(), 1.0);
        }

        public Config withInput(EegInput in) {
            return new Config(in, bands, segmentSeconds);
        }

        public Config withBands(List<Band> b) {
            return new Config(input, b, segmentSeconds);
        }

        public Config withSegmentSeconds(double s) {
            return new Config(input, bands, s);
        }

        private static int segmentLength(EegInput input, double seconds) {
            return (int) Math.round(seconds * input.sampleRate());
        }
    }

    private final Config config;
    private final Welch welch;
    private final double totalLow;
    private final double totalHigh;

    public BandPower(Config config) {
        super(Objects.requireNonNull(config, "config").input(), suffixes(config.bands()),
                Config.segmentLength(config.input(), config.segmentSeconds()), "band power");
        this.config = config;
        this.welch = new Welch(Welch.Config.of(Config.segmentLength(config.input(), config.segmentSeconds())));
        this.totalLow = config.bands().stream().mapToDouble(Band::low).min().orElseThrow();
        this.totalHigh = config.bands().stream().mapToDouble(Band::high).max().orElseThrow();
    }

    private static List<String> suffixes(List<Band> bands) {
        List<String> s = new ArrayList<>();
        bands.forEach(b -> s.add(b.name() + "_power"));
        bands.forEach(b -> s.add(b.name() + "_relpower"));
        return s;
    }

    public Config config() {
        return config;
    }

    @Override
    void window(double[] x, int from, int n, double[] out) {
        Psd psd = welch.psd(Arrays.copyOfRange(x, from, from + n), config.input().sampleRate());
        double total = psd.bandPower(totalLow, totalHigh);
        List<Band> bands = config.bands();
        int nb = bands.size();
        for (int b = 0; b < nb; b++) {
            double p = psd.bandPower(bands.get(b).low(), bands.get(b).high());
            out[b] = p;
            out[nb + b] = total > 0 ? p / total : Double.NaN;
        }
    }

    /** The Welch estimator used on each window. */
    public Welch welch() {
        return welch;
    }
}
