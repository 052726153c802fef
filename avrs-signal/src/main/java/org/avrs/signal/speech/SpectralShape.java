package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Stft;

/**
 * Spectral shape per STFT frame, on the magnitude spectrum Sₜ[k] = |Xₜ[k]| at bin frequencies fₖ:
 * <ul>
 *   <li>{@code centroid} (Hz) = Σ fₖSₜ[k] / Σ Sₜ[k], 0 for a silent frame (librosa.feature.spectral_centroid);</li>
 *   <li>{@code rolloff} (Hz) = the lowest fₖ at which Σ_{j≤k} Sₜ[j] ≥ p·Σ Sₜ (p = rollPercent, 0.85;
 *       librosa.feature.spectral_rolloff);</li>
 *   <li>{@code flux} = ‖Sₜ − Sₜ₋₁‖₂, the Euclidean distance between consecutive magnitude spectra, 0 for the
 *       first frame (unnormalized, not rectified; cf. Tzanetakis &amp; Cook 2002, doi:10.1109/TSA.2002.800560).</li>
 * </ul>
 * Same frames as {@link LogMel} with the same STFT config. Immutable and thread-safe.
 */
public final class SpectralShape implements FeatureExtractor {

    /**
     * @param sampleRate the signal rate accepted, Hz
     * @param stft framing and window
     * @param rollPercent roll-off fraction in (0, 1)
     */
    public record Config(double sampleRate, Stft.Config stft, double rollPercent) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Objects.requireNonNull(stft, "stft");
            if (!(rollPercent > 0 && rollPercent < 1)) {
                throw new IllegalArgumentException("rollPercent " + rollPercent + " must be in (0, 1)");
            }
        }

        /** 16 kHz, the default STFT (512/400/160, Hann, centred), roll-off at 85 %. */
        public static Config defaults() {
            return new Config(16000, Stft.Config.defaults(), 0.85);
        }
    }

    private static final List<String> NAMES = List.of("centroid", "rolloff", "flux");

    private final Config config;
    private final Stft stft;

    public SpectralShape(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.stft = new Stft(config.stft());
    }

    @Override
    public List<String> columnNames() {
        return NAMES;
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.sampleRate(), "spectral shape");
        int frames = stft.checkedFrameCount(x);
        int bins = stft.bins();
        double[] buf = new double[config.stft().nFft()];
        double[] mag = new double[bins];
        double[] previous = new double[bins];
        double[][] rows = new double[frames][3];
        for (int t = 0; t < frames; t++) {
            stft.framePower(x, t, 1.0, buf, mag);
            double total = 0;
            double weighted = 0;
            double flux = 0;
            for (int k = 0; k < bins; k++) {
                total += mag[k];
                weighted += stft.binFrequency(k, config.sampleRate()) * mag[k];
                double d = mag[k] - previous[k];
                flux += d * d;
            }
            rows[t][0] = total < Double.MIN_NORMAL ? weighted : weighted / total;
            rows[t][1] = rolloff(mag, config.rollPercent() * total);
            rows[t][2] = t == 0 ? 0 : Math.sqrt(flux);
            double[] swap = previous;
            previous = mag;
            mag = swap;
        }
        return FeatureMatrix.of(NAMES, stft.frameTimes(x.length, config.sampleRate()), rows);
    }

    private double rolloff(double[] mag, double threshold) {
        double cumulative = 0;
        for (int k = 0; k < mag.length; k++) {
            cumulative += mag[k];
            if (cumulative >= threshold) {
                return stft.binFrequency(k, config.sampleRate());
            }
        }
        return stft.binFrequency(mag.length - 1, config.sampleRate());
    }
}
