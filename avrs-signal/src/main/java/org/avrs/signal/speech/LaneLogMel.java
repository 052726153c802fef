package org.avrs.signal.speech;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.avrs.signal.Checks;
import org.avrs.signal.dsp.LaneFft;
import org.avrs.signal.dsp.LaneSpectra;
import org.avrs.signal.dsp.Stft;

/**
 * {@link LogMel}'s computation on SIMD lanes, several frames at once: {@link LaneSpectra} → mel filters →
 * dB → top-dB floor, and optionally a linear map of each log-mel row (the DCT of {@link Mfcc}). The
 * values equal the scalar path's to rounding (checked by {@code LaneLogMelTest}); the speed-up comes
 * from the FFT and the filter, log and DCT sums running on vectors of frames.
 *
 * <p>Package-private: LogMel and Mfcc choose it when {@link org.avrs.signal.dsp.VectorLanes#available()}.
 * Immutable and thread-safe.
 */
final class LaneLogMel {

    private static final VectorSpecies<Double> SPECIES = LaneFft.SPECIES;

    /**
     * Log-mel values of one signal in blocks of {@code lanes} frames: band i of frame b·lanes + l is
     * {@code data[b][i·lanes + l]}; lanes past {@code frames} in the last block hold a silent frame.
     */
    record Blocks(double[][] data, int frames, int bands) {
    }

    /**
     * The filterbank as one pass over the bins: bin k feeds filter {@code upper[k]} with weight
     * {@code upperWeight[k]} and filter {@code upper[k] − 1} with {@code lowerWeight[k]}, and no other.
     * Triangular filters on consecutive edges always have this shape (a frequency lies on the falling
     * side of one filter and the rising side of the next); a long loop over bins with two running sums
     * costs far less than 40 short loops, one per filter.
     */
    record BinPairs(int[] upper, double[] lowerWeight, double[] upperWeight) {

        /** The pairs of a filterbank, or null if some bin feeds filters that are not two neighbours. */
        static BinPairs of(MelFilterbank filterbank) {
            double[][] w = filterbank.weights();
            int bins = filterbank.bins();
            int[] upper = new int[bins];
            double[] lower = new double[bins];
            double[] up = new double[bins];
            int current = 0;
            for (int k = 0; k < bins; k++) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < w.length; i++) {
                    if (w[i][k] != 0) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (last >= 0) {
                    if (last - first > 1 || last < current) {
                        return null;
                    }
                    current = last;
                }
                upper[k] = current;
                up[k] = w[current][k];
                lower[k] = current > 0 ? w[current - 1][k] : 0.0;
            }
            return current == w.length - 1 ? new BinPairs(upper, lower, up) : null;
        }
    }

    private final Stft stft;
    private final LaneSpectra spectra;
    private final int bands;
    private final BinPairs pairs;
    private final PowerToDb toDb;

    /**
     * The kernel for a LogMel's parts, or null for a configuration it does not compute (nFft not a power
     * of two, an exponent other than 2 or 1, filters that are not pairwise).
     */
    static LaneLogMel of(LogMel.Config config, Stft stft, MelFilterbank filterbank, PowerToDb toDb) {
        BinPairs pairs = BinPairs.of(filterbank);
        if (pairs == null || !LaneSpectra.supports(config.stft(), config.power())) {
            return null;
        }
        return new LaneLogMel(stft, new LaneSpectra(stft, config.power()), filterbank.nMels(), pairs, toDb);
    }

    private LaneLogMel(Stft stft, LaneSpectra spectra, int bands, BinPairs pairs, PowerToDb toDb) {
        this.stft = stft;
        this.spectra = spectra;
        this.bands = bands;
        this.pairs = pairs;
        this.toDb = toDb;
    }

    /** The floored log-mel blocks of samples x. */
    Blocks blocks(double[] x) {
        int frames = stft.checkedFrameCount(Checks.finite("x", x));
        int lanes = SPECIES.length();
        double[][] data = new double[(frames + lanes - 1) / lanes][bands * lanes];
        double[] power = new double[spectra.bins() * lanes];
        LaneSpectra.Work work = spectra.newWork();
        // A silent lane gives 10·log10(amin) − refDb, the least value any frame can have, so it cannot
        // raise the maximum that sets the top-dB floor.
        DoubleVector max = DoubleVector.broadcast(SPECIES, Double.NEGATIVE_INFINITY);
        for (int b = 0; b < data.length; b++) {
            spectra.compute(x, b * lanes, frames, work, power);
            max = max.max(melDb(power, data[b]));
        }
        floor(data, max.reduceLanes(VectorOperators.MAX));
        return new Blocks(data, frames, bands);
    }

    /** Mel filter sums then dB of one block; returns the lane-wise maximum. */
    private DoubleVector melDb(double[] power, double[] out) {
        int lanes = SPECIES.length();
        int[] upper = pairs.upper();
        double[] lowerWeight = pairs.lowerWeight();
        double[] upperWeight = pairs.upperWeight();
        DoubleVector max = DoubleVector.broadcast(SPECIES, Double.NEGATIVE_INFINITY);
        DoubleVector lower = DoubleVector.zero(SPECIES); // the sum of filter j − 1
        DoubleVector higher = DoubleVector.zero(SPECIES); // the sum of filter j
        int j = 0;
        for (int k = 0; k < upper.length; k++) {
            while (upper[k] > j) { // filter j − 1 has seen all its bins
                if (j > 0) {
                    max = max.max(storeDb(lower, out, j - 1));
                }
                lower = higher;
                higher = DoubleVector.zero(SPECIES);
                j++;
            }
            DoubleVector p = DoubleVector.fromArray(SPECIES, power, k * lanes);
            lower = p.fma(DoubleVector.broadcast(SPECIES, lowerWeight[k]), lower);
            higher = p.fma(DoubleVector.broadcast(SPECIES, upperWeight[k]), higher);
        }
        if (j > 0) {
            max = max.max(storeDb(lower, out, j - 1));
        }
        return max.max(storeDb(higher, out, j)); // j = bands − 1 (BinPairs.of checks it)
    }

    /** 10·log₁₀(max(amin, sum)) − refDb into band i of a block, as PowerToDb; returns it. */
    private DoubleVector storeDb(DoubleVector sum, double[] out, int band) {
        DoubleVector db = sum.max(toDb.config().amin()).lanewise(VectorOperators.LOG)
                .mul(PowerToDb.DB_PER_NEPER).sub(toDb.refDb());
        db.intoArray(out, band * SPECIES.length());
        return db;
    }

    private void floor(double[][] data, double max) {
        double topDb = toDb.config().topDb();
        if (topDb == Double.POSITIVE_INFINITY) {
            return;
        }
        double floor = max - topDb;
        for (double[] block : data) {
            for (int i = 0; i < block.length; i += SPECIES.length()) {
                DoubleVector.fromArray(SPECIES, block, i).max(floor).intoArray(block, i);
            }
        }
    }

    /** The blocks as rows [frame][band]. */
    static double[][] rows(Blocks blocks) {
        int lanes = SPECIES.length();
        double[][] out = new double[blocks.frames()][blocks.bands()];
        for (int t = 0; t < out.length; t++) {
            double[] block = blocks.data()[t / lanes];
            for (int i = 0, at = t % lanes; i < blocks.bands(); i++, at += lanes) {
                out[t][i] = block[at];
            }
        }
        return out;
    }

    /** Each frame's log-mel row times a matrix [output][band]: rows [frame][output]. */
    static double[][] project(Blocks blocks, double[][] matrix) {
        int lanes = SPECIES.length();
        double[][] out = new double[blocks.frames()][matrix.length];
        double[] lane = new double[lanes];
        for (int b = 0; b < blocks.data().length; b++) {
            double[] block = blocks.data()[b];
            int inBlock = Math.min(lanes, blocks.frames() - b * lanes);
            for (int n = 0; n < matrix.length; n++) {
                double[] m = matrix[n];
                DoubleVector sum = DoubleVector.zero(SPECIES);
                for (int i = 0; i < m.length; i++) {
                    sum = DoubleVector.fromArray(SPECIES, block, i * lanes).fma(DoubleVector.broadcast(SPECIES, m[i]), sum);
                }
                sum.intoArray(lane, 0);
                for (int l = 0; l < inBlock; l++) {
                    out[b * lanes + l][n] = lane[l];
                }
            }
        }
        return out;
    }
}
