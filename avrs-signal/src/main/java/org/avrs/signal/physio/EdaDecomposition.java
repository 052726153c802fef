package org.avrs.signal.physio;

import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.Sos;
import org.avrs.signal.dsp.SosFilter;

/**
 * Splits electrodermal activity (skin conductance, µS) into a slow tonic level (SCL) and a fast phasic
 * response (SCRs): clean = EDA low-passed at {@code cleanHz} (zero-phase Butterworth of order 4, as
 * NeuroKit2's {@code eda_clean}; skipped when cleanHz ≥ fs/2); then
 * <ul>
 *   <li>{@link Method#HIGHPASS} (NeuroKit2's default "highpass"): phasic = zero-phase Butterworth
 *       high-pass of the clean EDA at {@code cutoffHz} (order {@code order}, sosfiltfilt); tonic =
 *       clean − phasic (NeuroKit low-passes the tonic part separately; the difference keeps
 *       tonic + phasic = clean exactly).</li>
 *   <li>{@link Method#SMOOTH_MEDIAN} (NeuroKit2's "smoothmedian"): tonic = running median of the clean EDA
 *       over the odd number of samples nearest to {@code medianSeconds}·fs (the ends extended by
 *       repeating the first and last samples, where NeuroKit's medfilt pads zeros); phasic = clean −
 *       tonic.</li>
 * </ul>
 * Defaults: 3 Hz cleaning, high-pass at 0.05 Hz, order 2, 4 s median. Immutable and thread-safe.
 */
public final class EdaDecomposition {

    /** How tonic and phasic parts are separated. */
    public enum Method { HIGHPASS, SMOOTH_MEDIAN }

    /**
     * @param sampleRate Hz
     * @param cleanHz low-pass cutoff of the cleaning, Hz
     * @param method decomposition
     * @param cutoffHz HIGHPASS cutoff, Hz, below fs/2
     * @param order HIGHPASS Butterworth order
     * @param medianSeconds SMOOTH_MEDIAN window, s
     */
    public record Config(double sampleRate, double cleanHz, Method method, double cutoffHz, int order,
                         double medianSeconds) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Checks.positive("cleanHz", cleanHz);
            Objects.requireNonNull(method, "method");
            Checks.positive("cutoffHz", cutoffHz);
            if (!(cutoffHz < sampleRate / 2)) {
                throw new IllegalArgumentException("cutoffHz " + cutoffHz + " must be below fs/2 = " + sampleRate / 2);
            }
            Checks.positive("order", order);
            Checks.positive("medianSeconds", medianSeconds);
        }

        public static Config of(double sampleRate) {
            return new Config(sampleRate, 3, Method.HIGHPASS, 0.05, 2, 4);
        }

        public Config withMethod(Method m) {
            return new Config(sampleRate, cleanHz, m, cutoffHz, order, medianSeconds);
        }
    }

    /** The parts of one record, each as long as the input. */
    public record Components(double[] clean, double[] tonic, double[] phasic) {
        public Components {
            clean = clean.clone();
            tonic = tonic.clone();
            phasic = phasic.clone();
        }

        @Override
        public double[] clean() {
            return clean.clone();
        }

        @Override
        public double[] tonic() {
            return tonic.clone();
        }

        @Override
        public double[] phasic() {
            return phasic.clone();
        }
    }

    private final Config config;
    private final Sos lowpass;
    private final Sos highpass;

    public EdaDecomposition(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.lowpass = config.cleanHz() < config.sampleRate() / 2
                ? Butterworth.lowpass(4, config.cleanHz(), config.sampleRate()) : null;
        this.highpass = Butterworth.highpass(config.order(), config.cutoffHz(), config.sampleRate());
    }

    public Config config() {
        return config;
    }

    /** The fewest samples {@link #decompose} accepts. */
    public int minLength() {
        return Math.max(lowpass == null ? 0 : lowpass.defaultPadLength(), highpass.defaultPadLength()) + 1;
    }

    /** @throws InvalidInputException if the record is shorter than {@link #minLength()} */
    public Components decompose(double[] eda) {
        Checks.finite("eda", eda);
        if (eda.length < minLength()) {
            throw new InvalidInputException("signal", "length", "EDA decomposition needs at least " + minLength()
                    + " samples; the record has " + eda.length);
        }
        double[] clean = lowpass == null ? eda.clone() : SosFilter.filtfilt(lowpass, eda);
        double[] tonic;
        double[] phasic;
        if (config.method() == Method.HIGHPASS) {
            phasic = SosFilter.filtfilt(highpass, clean);
            tonic = minus(clean, phasic);
        } else {
            int size = (int) Math.round(config.medianSeconds() * config.sampleRate()) | 1;
            tonic = RunningMedian.of(clean, size);
            phasic = minus(clean, tonic);
        }
        return new Components(clean, tonic, phasic);
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }
}
