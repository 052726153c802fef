package org.avrs.signal.emd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.avrs.signal.dsp.LaneFft;

/**
 * {@link Extrema}'s rise and fall words for a full block of 64 samples, built with SIMD compares (one
 * mask of lane bits per vector) instead of one compare per sample. Only used after
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
     * Bit j of {@code words[0]} is [x[base+j] > x[base+j−1]], of {@code words[1]} [x[base+j] < x[base+j−1]],
     * j = 0 … 63; x must hold index base + 63.
     */
    static void risesAndFalls(double[] x, int base, long[] words) {
        long rise = 0;
        long fall = 0;
        for (int j = 0; j < 64; j += SPECIES.length()) {
            DoubleVector before = DoubleVector.fromArray(SPECIES, x, base + j - 1);
            DoubleVector at = DoubleVector.fromArray(SPECIES, x, base + j);
            rise |= at.compare(VectorOperators.GT, before).toLong() << j;
            fall |= at.compare(VectorOperators.LT, before).toLong() << j;
        }
        words[0] = rise;
        words[1] = fall;
    }
}
