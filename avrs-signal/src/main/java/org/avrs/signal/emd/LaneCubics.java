package org.avrs.signal.emd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.avrs.signal.dsp.LaneFft;

/**
 * {@link MeanEnvelope}'s cubic pieces evaluated a vector of consecutive samples at a time. Each lane does
 * the scalar code's operations in the same order (Horner, a multiply and an add per step, never fused;
 * offsets u = i − x_j are whole numbers and so exact), so the values are the same to the bit. Only used
 * after {@link org.avrs.signal.dsp.VectorLanes#available()} and {@link #fits()}.
 *
 * <p>Both kernels write whole vectors past the end of their range, up to {@link #lanes()} − 1 values,
 * which the caller's arrays have room for and the next piece overwrites.
 */
final class LaneCubics {

    private static final VectorSpecies<Double> SPECIES = LaneFft.SPECIES;

    private LaneCubics() {
    }

    /** Whether a group of {@code samples} is a whole number of vectors here. */
    static boolean fits(int samples) {
        return samples % SPECIES.length() == 0;
    }

    static int lanes() {
        return SPECIES.length();
    }

    /**
     * out[i] = h[i] − 0.5·(p_a(i − xa) + p_b(i − xb)) for i = from … to−1 (and the rest of the last vector),
     * p(u) = c0 + u(c1 + u(c2 + u·c3)); at least one vector even if to ≤ from.
     */
    static void subtractMean(double[] h, double[] out, int from, int to,
                             double xa, double a0, double a1, double a2, double a3,
                             double xb, double b0, double b1, double b2, double b3) {
        int lanes = SPECIES.length();
        DoubleVector iota = DoubleVector.zero(SPECIES).addIndex(1);
        DoubleVector u = iota.add(from - xa);
        DoubleVector v = iota.add(from - xb);
        int i = from;
        do {
            DoubleVector pa = u.mul(a3).add(a2).mul(u).add(a1).mul(u).add(a0);
            DoubleVector pb = v.mul(b3).add(b2).mul(v).add(b1).mul(v).add(b0);
            DoubleVector.fromArray(SPECIES, h, i).sub(pa.add(pb).mul(0.5)).intoArray(out, i);
            u = u.add(lanes);
            v = v.add(lanes);
            i += lanes;
        } while (i < to);
    }

    /**
     * p(i) = c0 + u(c1 + u(c2 + u·c3)), u = i − x, into out, or with {@code other} (and h) h[i] − 0.5·(other[i] +
     * p(i)), for i = from … max(to, from + atLeast)−1 (and the rest of the last vector); {@code atLeast} a
     * whole number of vectors.
     */
    static void piece(double[] h, double[] other, double[] out, int from, int to, int atLeast, double x,
                      double c0, double c1, double c2, double c3) {
        int lanes = SPECIES.length();
        DoubleVector u = DoubleVector.zero(SPECIES).addIndex(1).add(from - x);
        int i = from;
        int stop = Math.max(to, from + atLeast);
        for (int q = 0; q < atLeast; q += lanes) { // a constant trip count: no exit to mispredict
            store(h, other, out, i, u.mul(c3).add(c2).mul(u).add(c1).mul(u).add(c0));
            u = u.add(lanes);
            i += lanes;
        }
        for (; i < stop; i += lanes) {
            store(h, other, out, i, u.mul(c3).add(c2).mul(u).add(c1).mul(u).add(c0));
            u = u.add(lanes);
        }
    }

    private static void store(double[] h, double[] other, double[] out, int i, DoubleVector p) {
        if (other == null) {
            p.intoArray(out, i);
        } else {
            DoubleVector.fromArray(SPECIES, h, i)
                    .sub(DoubleVector.fromArray(SPECIES, other, i).add(p).mul(0.5))
                    .intoArray(out, i);
        }
    }
}
