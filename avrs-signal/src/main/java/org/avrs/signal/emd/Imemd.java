package org.avrs.signal.emd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.AnalyticSignal;
import org.avrs.signal.dsp.Hilbert;

/**
 * Improved masking EMD (IMEMD) of Sun, Li &amp; Ma (2023), "Speech emotion recognition based on
 * improved masking EMD and convolutional recurrent neural network", Front. Psychol. 13:1075624,
 * doi:10.3389/fpsyg.2022.1075624 (P7, Algorithm 2).
 *
 * <p>With r₀ = x and k = 1, while 10·log₁₀(Σx²/Σr²_{k−1}) &lt; ε₁ and r_{k−1} is not monotonic:
 * <ol>
 *   <li>c = EMD₁(r_{k−1}) (plain sifting); its analytic signal (FFT Hilbert transform, {@link Hilbert})
 *       gives the instantaneous amplitude A_k(i) and frequency F_k(i) (the sample difference of the
 *       unwrapped phase, cycles per sample); f̄_k = mean_i F_k(i);</li>
 *   <li>mask amplitude ξ_k = ξ₀·mean_i A_k(i) (P7 eq. 3) and mask frequency f_k by the {@link MaskRule};</li>
 *   <li>c_k = (1/n_p)·Σ_{p=1…n_p} EMD₁(r_{k−1} + v_{kp}), v_{kp}(i) = ξ_k·sin(2πf_k·i + 2π(p−1)/n_p)
 *       (P7 eq. 2; the phases are uniform, so Σ_p v_{kp} = 0 and the masks cancel in the mean);</li>
 *   <li>r_k = r_{k−1} − c_k, k ← k + 1.</li>
 * </ol>
 * The residue is the last r. P7's parameters are the defaults: n_p = 64, ξ₀ = 1.5, ε₁ = 30 dB, 10 fixed
 * siftings.
 *
 * <p><b>The mask frequency.</b> P7's equations 4–5 are lost from the text we have; what survives says
 * the mask must lie above the highest component left ("f_tr,k &lt; 2f̄_k" for k = 1, "f_tr,k &lt; f̄_k +
 * f̄_{k−1}" for k &gt; 1) and that the first IMF of the masked signal then "contains the highest
 * frequency component and the masking signal". {@link MaskRule#P7_SUM} implements that reading, f₁ =
 * 2·f̄₁ and f_k = f̄_k + f̄_{k−1}. Measured here it does not do what P7 reports: a masked EMD₁ keeps a
 * lone tone only while the mask is within about 1.25× its frequency (share of a tone's energy kept,
 * ξ₀ = 1.5, 10 siftings, 64 phases: 1.1× 99.8 %, 1.25× 95 %, 1.4× 78 %, 1.6× 32 %, 2× 1.5 %, the same at
 * 0.01, 0.03 and 0.1 cycles/sample), so with masks near twice the component frequency each IMF takes a
 * few per cent of the component and even a pure sine runs to the IMF limit. The default,
 * {@link MaskRule#SCALED} with factor 1.25, puts every mask at 1.25·f̄_k: the largest ratio (in 0.05
 * steps) at which that measurement keeps ≥ 95 % of the tone, chosen from the lone-tone measurement, not
 * from the two-tone test it is then checked on (EmdSeparationTest).
 *
 * <p>Other choices P7 leaves open, made here:
 * <ul>
 *   <li>"monotonic" means fewer than 3 extrema (as {@link Emd}); that test comes before the energy
 *       test, so a constant x gives no IMF;</li>
 *   <li>f̄ is the plain time average of F over all samples, which telescopes to the total unwrapped
 *       phase advance over (n − 1) samples; f̄_{k−1} (P7_SUM) is that of the previous step's EMD₁;</li>
 *   <li>f_k is capped at {@code maxMaskFrequency} (default 0.4 cycles/sample, 0.8 × Nyquist);</li>
 *   <li>if ξ_k = 0 or f_k ≤ 0 (no oscillation left to measure) c_k is the plain EMD₁(r_{k−1});</li>
 *   <li>{@code maxImfs} of {@link Emd.Config} bounds the number of IMFs as well.</li>
 * </ul>
 * Σ IMFs + residue equals x up to rounding. Works in samples; multiply frequencies by the sample rate
 * for Hz. Degenerate input as {@link Emd}: fewer than 3 extrema gives no IMF; empty or non-finite input
 * is refused.
 *
 * <p>Cost: (n_p + 1) × siftings sift passes of O(n) per IMF; immutable and thread-safe (each call
 * allocates its own work arrays once).
 */
public final class Imemd {

    /** How the mask frequency f_k follows from the mean instantaneous frequencies f̄ (see the class doc). */
    public enum MaskRule {
        /** f_k = factor·f̄_k for every k (default, factor 1.25). */
        SCALED,
        /** P7 as read from its text: f₁ = factor·f̄₁ (P7: factor 2), f_k = f̄_k + f̄_{k−1} for k &gt; 1. */
        P7_SUM
    }

    /**
     * @param emd sifting rule, spline end condition and IMF limit
     * @param phases n_p, the number of mask phases, ≥ 2
     * @param xi0 ξ₀, mask amplitude over the mean instantaneous amplitude, &gt; 0
     * @param stopDb ε₁ in dB, &gt; 0: stop once 10·log₁₀(Σx²/Σr²) reaches it
     * @param maskRule how f_k is derived
     * @param maskFactor the factor of the rule, &gt; 0
     * @param maxMaskFrequency the highest mask frequency, cycles per sample, in (0, 0.5)
     */
    public record Config(Emd.Config emd, int phases, double xi0, double stopDb, MaskRule maskRule,
                         double maskFactor, double maxMaskFrequency) {
        public Config {
            Objects.requireNonNull(emd, "emd");
            Objects.requireNonNull(maskRule, "maskRule");
            Checks.positive("maskFactor", maskFactor);
            if (phases < 2) {
                throw new IllegalArgumentException("phases " + phases + " must be >= 2");
            }
            Checks.positive("xi0", xi0);
            Checks.positive("stopDb", stopDb);
            if (!(maxMaskFrequency > 0 && maxMaskFrequency < 0.5)) {
                throw new IllegalArgumentException("maxMaskFrequency " + maxMaskFrequency
                        + " must be in (0, 0.5) cycles per sample");
            }
        }

        /**
         * P7's n_p = 64, ξ₀ = 1.5, ε₁ = 30 dB, 10 siftings; not-a-knot splines, ≤ 32 IMFs; masks at 1.25·f̄_k,
         * at most 0.4 cycles/sample.
         */
        public static Config defaults() {
            return new Config(Emd.Config.defaults(), 64, 1.5, 30.0, MaskRule.SCALED, 1.25, 0.4);
        }

        /** The defaults with P7's mask frequencies as read from its text (f₁ = 2f̄₁, f_k = f̄_k + f̄_{k−1}). */
        public static Config p7Literal() {
            return defaults().withMask(MaskRule.P7_SUM, 2.0);
        }

        public Config withMask(MaskRule rule, double factor) {
            return new Config(emd, phases, xi0, stopDb, rule, factor, maxMaskFrequency);
        }

        public Config withEmd(Emd.Config e) {
            return new Config(e, phases, xi0, stopDb, maskRule, maskFactor, maxMaskFrequency);
        }

        public Config withPhases(int p) {
            return new Config(emd, p, xi0, stopDb, maskRule, maskFactor, maxMaskFrequency);
        }

        public Config withXi0(double x) {
            return new Config(emd, phases, x, stopDb, maskRule, maskFactor, maxMaskFrequency);
        }

        public Config withStopDb(double db) {
            return new Config(emd, phases, xi0, db, maskRule, maskFactor, maxMaskFrequency);
        }

        public Config withMaxMaskFrequency(double f) {
            return new Config(emd, phases, xi0, stopDb, maskRule, maskFactor, f);
        }
    }

    /**
     * The mask used for one IMF.
     *
     * @param amplitude ξ_k (0 if no mask was used)
     * @param frequency f_k, cycles per sample (0 if no mask was used)
     * @param emdMeanAmplitude mean_i A_k(i) of the plain EMD₁(r_{k−1})
     * @param emdMeanFrequency f̄_k, cycles per sample
     */
    public record Mask(double amplitude, double frequency, double emdMeanAmplitude, double emdMeanFrequency) {
    }

    /** The decomposition and the mask of each IMF (same order). */
    public record Result(Decomposition decomposition, List<Mask> masks) {
        public Result {
            Objects.requireNonNull(decomposition, "decomposition");
            masks = List.copyOf(masks);
        }
    }

    private final Config config;
    private final double[] phases;

    public Imemd(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.phases = new double[config.phases()];
        for (int p = 0; p < phases.length; p++) {
            phases[p] = 2 * Math.PI * p / phases.length;
        }
    }

    public Config config() {
        return config;
    }

    /** The IMEMD of x (not modified). */
    public Decomposition decompose(double[] x) {
        return decomposeWithMasks(x).decomposition();
    }

    /**
     * The IMEMD of x with the masks used.
     *
     * @throws IllegalArgumentException if x is empty or holds a NaN or infinity
     */
    public Result decomposeWithMasks(double[] x) {
        Emd.checkSignal(x);
        int n = x.length;
        Sifter sifter = new Sifter(n, config.emd().ends());
        Hilbert hilbert = new Hilbert(n);
        SiftingRule rule = config.emd().sifting();
        double[] r = x.clone();
        double inputEnergy = Emd.energy(x);
        List<double[]> imfs = new ArrayList<>();
        List<Mask> masks = new ArrayList<>();
        double previousMeanFrequency = Double.NaN;
        Decomposition.Stop stop;
        while (true) {
            if (sifter.extrema(r) < 3) {
                stop = Decomposition.Stop.MONOTONIC_RESIDUE;
                break;
            }
            if (Emd.negligible(inputEnergy, Emd.energy(r), config.stopDb())) {
                stop = Decomposition.Stop.ENERGY_RATIO;
                break;
            }
            if (imfs.size() == config.emd().maxImfs()) {
                stop = Decomposition.Stop.MAX_IMFS;
                break;
            }
            double[] plain = r.clone();
            sifter.sift(plain, rule);
            AnalyticSignal z = hilbert.of(plain);
            double meanAmplitude = mean(z.amplitude());
            double[] phase = z.phase();
            double meanFrequency = n > 1 ? (phase[n - 1] - phase[0]) / (2 * Math.PI * (n - 1)) : 0;
            double frequency = config.maskRule() == MaskRule.P7_SUM && !imfs.isEmpty()
                    ? meanFrequency + previousMeanFrequency
                    : config.maskFactor() * meanFrequency;
            frequency = Math.min(frequency, config.maxMaskFrequency());
            double amplitude = config.xi0() * meanAmplitude;
            double[] c;
            if (amplitude > 0 && frequency > 0) {
                c = new double[n];
                sifter.siftMasked(r, amplitude, frequency, phases, rule, c);
                masks.add(new Mask(amplitude, frequency, meanAmplitude, meanFrequency));
            } else {
                c = plain;
                masks.add(new Mask(0, 0, meanAmplitude, meanFrequency));
            }
            for (int i = 0; i < n; i++) {
                r[i] -= c[i];
            }
            imfs.add(c);
            previousMeanFrequency = meanFrequency;
        }
        return new Result(new Decomposition(imfs.toArray(new double[0][]), r, stop), masks);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
