package org.avrs.signal.speech;

import java.util.Objects;
import org.avrs.signal.Checks;

/**
 * A triangular mel filterbank on the bins of an nFft-point real FFT, as librosa.filters.mel.
 *
 * <p>Edges f[0…nMels+1] are {@link MelScale#frequencies nMels + 2 mel-spaced frequencies} from fmin to
 * fmax. Filter i rises linearly from f[i] to 1 at f[i+1] and falls to 0 at f[i+2]:
 * W[i][k] = max(0, min((φₖ − f[i])/(f[i+1] − f[i]), (f[i+2] − φₖ)/(f[i+2] − f[i+1]))) at bin frequency
 * φₖ = k·fs/nFft. With {@link Norm#SLANEY} each filter is scaled by 2/(f[i+2] − f[i]) (constant area,
 * librosa's default); with {@link Norm#NONE} its peak is 1 (HTK, Kaldi). Computed in double precision
 * (librosa builds the basis in float32 by default: a relative difference of about 1e-7).
 *
 * <p>Degenerate configurations fail rather than warn (librosa warns): fmax above the Nyquist
 * frequency, and any filter that covers no FFT bin ("empty", when nMels is too large for nFft).
 * Immutable; weights are stored per filter from its first to its last non-zero bin.
 */
public final class MelFilterbank {

    /** Filter normalization. */
    public enum Norm {
        /** Each triangle scaled by 2/(f[i+2] − f[i]): equal area (librosa norm="slaney"). */
        SLANEY,
        /** Peak 1. */
        NONE
    }

    /**
     * Filterbank parameters. The sample rate and FFT size come from the spectrogram it is applied to.
     *
     * @param nMels number of filters, ≥ 1
     * @param fmin lowest edge in Hz, ≥ 0
     * @param fmax highest edge in Hz; a value ≤ 0 means the Nyquist frequency plus fmax (0: Nyquist), as
     *     Kaldi's high-freq
     * @param scale the mel scale
     * @param norm the filter normalization
     */
    public record Config(int nMels, double fmin, double fmax, MelScale scale, Norm norm) {
        public Config {
            Checks.positive("nMels", nMels);
            Checks.nonNegative("fmin", fmin);
            Checks.finite("fmax", fmax);
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(norm, "norm");
        }

        /** 40 Slaney-scale, Slaney-normalized filters from 0 Hz to the Nyquist frequency. */
        public static Config defaults() {
            return new Config(40, 0.0, 0.0, MelScale.SLANEY, Norm.SLANEY);
        }

        public Config withNMels(int n) {
            return new Config(n, fmin, fmax, scale, norm);
        }

        public Config withFmin(double f) {
            return new Config(nMels, f, fmax, scale, norm);
        }

        public Config withFmax(double f) {
            return new Config(nMels, fmin, f, scale, norm);
        }

        public Config withScale(MelScale s) {
            return new Config(nMels, fmin, fmax, s, norm);
        }

        public Config withNorm(Norm n) {
            return new Config(nMels, fmin, fmax, scale, n);
        }

        /** The upper edge in Hz for a sample rate (resolving fmax ≤ 0). */
        public double upperEdge(double sampleRate) {
            return fmax > 0 ? fmax : sampleRate / 2 + fmax;
        }
    }

    private final Config config;
    private final double sampleRate;
    private final int nFft;
    private final double[] edges;
    private final int[] firstBin;
    private final double[][] weights; // filter i covers bins firstBin[i] … firstBin[i] + weights[i].length - 1

    /**
     * @param sampleRate of the signal, Hz
     * @param nFft FFT size of the spectrogram (its rows have ⌊nFft/2⌋ + 1 bins)
     * @throws IllegalArgumentException if fmax exceeds the Nyquist frequency, fmin ≥ fmax, or a filter is
     *     empty (message names the filter, its edges and what to change)
     */
    public MelFilterbank(Config config, double sampleRate, int nFft) {
        this.config = Objects.requireNonNull(config, "config");
        this.sampleRate = Checks.positive("sampleRate", sampleRate);
        this.nFft = Checks.positive("nFft", nFft);
        double nyquist = sampleRate / 2;
        double fmax = config.upperEdge(sampleRate);
        if (fmax > nyquist) {
            throw new IllegalArgumentException("fmax " + fmax + " Hz exceeds the Nyquist frequency " + nyquist
                    + " Hz of sample rate " + sampleRate + " Hz");
        }
        if (!(config.fmin() < fmax)) {
            throw new IllegalArgumentException("fmin " + config.fmin() + " Hz must be below fmax " + fmax + " Hz");
        }
        int nMels = config.nMels();
        edges = config.scale().frequencies(nMels + 2, config.fmin(), fmax);
        int bins = nFft / 2 + 1;
        firstBin = new int[nMels];
        weights = new double[nMels][];
        double[] row = new double[bins];
        for (int i = 0; i < nMels; i++) {
            double lowerWidth = edges[i + 1] - edges[i];
            double upperWidth = edges[i + 2] - edges[i + 1];
            double scale = config.norm() == Norm.SLANEY ? 2.0 / (edges[i + 2] - edges[i]) : 1.0;
            int first = -1;
            int last = -1;
            for (int k = 0; k < bins; k++) {
                double f = k * sampleRate / nFft;
                double lower = -(edges[i] - f) / lowerWidth;
                double upper = (edges[i + 2] - f) / upperWidth;
                double w = Math.max(0, Math.min(lower, upper));
                row[k] = w * scale;
                if (w > 0) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first < 0) {
                throw new IllegalArgumentException(String.format(
                        "mel filter %d (%.1f-%.1f Hz) covers no FFT bin (bin spacing %.1f Hz): increase nFft, "
                                + "reduce nMels or widen fmin-fmax", i, edges[i], edges[i + 2], sampleRate / nFft));
            }
            firstBin[i] = first;
            weights[i] = java.util.Arrays.copyOfRange(row, first, last + 1);
        }
    }

    public Config config() {
        return config;
    }

    public int nMels() {
        return weights.length;
    }

    /** Bins per input row, ⌊nFft/2⌋ + 1. */
    public int bins() {
        return nFft / 2 + 1;
    }

    public double sampleRate() {
        return sampleRate;
    }

    /** The nMels + 2 edge frequencies in Hz; filter i peaks at edge i + 1. */
    public double[] edgeFrequencies() {
        return edges.clone();
    }

    /** The dense weight matrix [filter][bin] (a copy). */
    public double[][] weights() {
        double[][] dense = new double[weights.length][bins()];
        for (int i = 0; i < weights.length; i++) {
            System.arraycopy(weights[i], 0, dense[i], firstBin[i], weights[i].length);
        }
        return dense;
    }

    /** mel[i] = Σₖ W[i][k]·spectrum[k], into {@code out[0..nMels)}. */
    public void apply(double[] spectrum, double[] out) {
        for (int i = 0; i < weights.length; i++) {
            double[] w = weights[i];
            int k0 = firstBin[i];
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * spectrum[k0 + j];
            }
            out[i] = s;
        }
    }

    /**
     * The mel spectrogram of a spectrogram [frame][bin] (power or magnitude), [frame][filter].
     *
     * @throws IllegalArgumentException if a row does not have {@link #bins()} values
     */
    public double[][] apply(double[][] spectrogram) {
        double[][] out = new double[spectrogram.length][nMels()];
        for (int t = 0; t < spectrogram.length; t++) {
            if (spectrogram[t].length != bins()) {
                throw new IllegalArgumentException("spectrogram row " + t + " has " + spectrogram[t].length
                        + " bins; this filterbank (nFft " + nFft + ") needs " + bins());
            }
            apply(spectrogram[t], out[t]);
        }
        return out;
    }
}
