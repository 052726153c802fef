package org.avrs.signal.emd;

import java.util.Objects;
import org.avrs.signal.Checks;

/**
 * When the sifting of one IMF stops. One sifting iteration replaces h by h − (e_u + e_l)/2, the mean of
 * its upper and lower cubic-spline envelopes. Whatever the rule, sifting also stops when h has fewer
 * than 3 extrema (no envelope pair can be built).
 *
 * <ul>
 *   <li>{@link Kind#FIXED}: exactly {@code iterations} siftings. Sun, Li &amp; Ma (2023, P7) use 10 for
 *       every method, doi:10.3389/fpsyg.2022.1075624; the default here.</li>
 *   <li>{@link Kind#S_NUMBER}: Huang, Wu, Long et al. (2003), doi:10.1098/rspa.2003.1123 — stop once the
 *       numbers of extrema and of zero crossings differ by at most one and have stayed the same for
 *       {@code sNumber} consecutive siftings; at most {@code iterations} siftings.</li>
 *   <li>{@link Kind#CAUCHY}: the Cauchy-type criterion of Huang et al. (1998),
 *       doi:10.1098/rspa.1998.0193, in its normalised-energy form SD = Σₜ m(t)² / Σₜ h(t)² (m the mean
 *       envelope removed, h the signal before that sifting; the per-sample ratio of the 1998 paper
 *       divides by near-zero samples) — stop once SD &lt; {@code sdThreshold} (Huang suggests 0.2–0.3);
 *       at most {@code iterations} siftings.</li>
 * </ul>
 *
 * @param kind the rule
 * @param iterations siftings for FIXED; the cap for the others; ≥ 1
 * @param sNumber S of the S-number rule, ≥ 1 (ignored by the others)
 * @param sdThreshold SD threshold of the Cauchy rule, &gt; 0 (ignored by the others)
 */
public record SiftingRule(Kind kind, int iterations, int sNumber, double sdThreshold) {

    /** The stopping rules. */
    public enum Kind { FIXED, S_NUMBER, CAUCHY }

    public SiftingRule {
        Objects.requireNonNull(kind, "kind");
        Checks.positive("iterations", iterations);
        Checks.positive("sNumber", sNumber);
        Checks.positive("sdThreshold", sdThreshold);
    }

    /** Exactly {@code iterations} siftings. */
    public static SiftingRule fixed(int iterations) {
        return new SiftingRule(Kind.FIXED, iterations, 4, 0.2);
    }

    /** Huang et al. (2003) S-number with the given S, at most {@code maxIterations} siftings. */
    public static SiftingRule sNumber(int s, int maxIterations) {
        return new SiftingRule(Kind.S_NUMBER, maxIterations, s, 0.2);
    }

    /** Cauchy-type SD below {@code threshold}, at most {@code maxIterations} siftings. */
    public static SiftingRule cauchy(double threshold, int maxIterations) {
        return new SiftingRule(Kind.CAUCHY, maxIterations, 4, threshold);
    }

    /** P7's 10 fixed siftings. */
    public static SiftingRule defaults() {
        return fixed(10);
    }
}
