package org.avrs.signal.emd;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of an empirical mode decomposition: x = Σₖ cₖ + r, the intrinsic mode functions c₁ … c_K
 * (highest local frequency first) and the residue r, and why the decomposition stopped. Immutable:
 * arrays are copied in and out.
 */
public final class Decomposition {

    /** Why no further IMF was extracted. */
    public enum Stop {
        /** The residue has fewer than 3 extrema: it is monotonic or a single hump (Rilling et al. 2003). */
        MONOTONIC_RESIDUE,
        /** The configured IMF count limit was reached. */
        MAX_IMFS,
        /** 10·log₁₀(Σx²/Σr²) reached the configured threshold (IMEMD's ε₁, 30 dB in P7; EMD's stopDb). */
        ENERGY_RATIO
    }

    private final double[][] imfs;
    private final double[] residue;
    private final Stop stop;

    Decomposition(double[][] imfs, double[] residue, Stop stop) {
        this.imfs = imfs;
        this.residue = residue;
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    public int imfCount() {
        return imfs.length;
    }

    /** The number of samples. */
    public int length() {
        return residue.length;
    }

    /** A copy of IMF k (0-based: the highest-frequency IMF is 0). */
    public double[] imf(int k) {
        Objects.checkIndex(k, imfs.length);
        return imfs[k].clone();
    }

    /** A copy of all IMFs, [imf][sample]. */
    public double[][] imfs() {
        double[][] out = new double[imfs.length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = imfs[k].clone();
        }
        return out;
    }

    /** A copy of the residue. */
    public double[] residue() {
        return residue.clone();
    }

    public Stop stop() {
        return stop;
    }

    /** Σₖ cₖ + r, which equals the input up to rounding (each residue is the previous minus its IMF). */
    public double[] reconstruct() {
        double[] x = residue.clone();
        for (double[] c : imfs) {
            for (int i = 0; i < x.length; i++) {
                x[i] += c[i];
            }
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decomposition d && stop == d.stop && Arrays.deepEquals(imfs, d.imfs)
                && Arrays.equals(residue, d.residue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stop, Arrays.deepHashCode(imfs), Arrays.hashCode(residue));
    }

    @Override
    public String toString() {
        return "Decomposition[" + imfs.length + " IMFs of " + residue.length + " samples, stop " + stop + "]";
    }
}
