package org.avrs.signal.emd;

import java.util.Objects;
import org.avrs.signal.Checks;

/**
 * Masking-signal EMD (MSEMD; Deering &amp; Kaiser 2005, "The use of a masking signal to improve empirical
 * mode decomposition", ICASSP 2005, doi:10.1109/ICASSP.2005.1416051): the first IMF is
 * c = [EMD₁(x + m) + EMD₁(x − m)]/2 with the mask m(i) = a·sin(2πf·i + θ), i the sample index and f in
 * cycles per sample. A mask above the highest component keeps a lower component within an octave out
 * of the first IMF; averaging the two signs cancels the mask (up to the non-linearity of sifting).
 *
 * <p>Choosing a and f is left to the caller (Deering &amp; Kaiser derive them from the spectrum of a
 * plain EMD's first IMF; {@link Imemd} derives them from its Hilbert transform). The sifting and
 * splines are those of {@link Emd.Config}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MaskingEmd {

    /**
     * @param emd sifting rule and spline end condition (its maxImfs is not used)
     * @param amplitude a, &gt; 0, in the units of x
     * @param frequency f in cycles per sample, in (0, 0.5)
     * @param phase θ in radians, finite
     */
    public record Config(Emd.Config emd, double amplitude, double frequency, double phase) {
        public Config {
            Objects.requireNonNull(emd, "emd");
            Checks.positive("amplitude", amplitude);
            if (!(frequency > 0 && frequency < 0.5)) {
                throw new IllegalArgumentException("mask frequency " + frequency
                        + " must be in (0, 0.5) cycles per sample (below Nyquist)");
            }
            Checks.finite("phase", phase);
        }
    }

    private final Config config;

    public MaskingEmd(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /**
     * The masked first IMF of x (not modified).
     *
     * @throws IllegalArgumentException if x is empty or not finite
     */
    public double[] firstImf(double[] x) {
        Emd.checkSignal(x);
        int n = x.length;
        double[] out = new double[n];
        new Sifter(n, config.emd().ends()).siftMasked(x, config.amplitude(), config.frequency(),
                new double[] {config.phase(), config.phase() + Math.PI}, config.emd().sifting(), out);
        return out;
    }
}
