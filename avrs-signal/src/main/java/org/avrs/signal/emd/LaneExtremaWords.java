package org.avrs.signal.emd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.avrs.signal.dsp.LaneFft;

/**
 * {@link ExtremaScan}'s rise word for a full block of 64 samples, built with SIMD compares (one mask of
 * lane bits per vector) instead of one compare per sample. Only used after
 * {@link org.avrs.signal.dsp.VectorLanes#available()}.
 */
final class LaneExtremaWords {

    private static final VectorSpecies<Double> SPECIES = LaneFft.SPECIES;

    private LaneExtremaWords() {
    }

    /** Whether 64 is a whole number of vectors here (so the blocks need no tail). */
    static boolean fits() {
        return 64 % SPECIES.length() == 0;
    }

    /**
     * The rise word of a full block: bit j is [x[base+j] &gt; x[base+j−1]], j = 0 … 63; x must hold index
     * base + 63. Sets {@code ties[0]} to whether two neighbours in the block are equal. Without equal
     * neighbours (and with finite values, as EMD's) the falls are the complement of the rises, which saves
     * a second compare and mask conversion per vector.
     */
    static long rises(double[] x, int base, boolean[] ties) {
        long rise = 0;
        VectorMask<Double> equal = SPECIES.maskAll(false);
        for (int j = 0; j < 64; j += SPECIES.length()) {
            DoubleVector before = DoubleVector.fromArray(SPECIES, x, base + j - 1);
            DoubleVector at = DoubleVector.fromArray(SPECIES, x, base + j);
            rise |= at.compare(VectorOperators.GT, before).toLong() << j;
            equal = equal.or(at.compare(VectorOperators.EQ, before));
        }
        ties[0] = equal.anyTrue();
        return rise;
    }
}
