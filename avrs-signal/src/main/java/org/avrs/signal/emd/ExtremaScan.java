package org.avrs.signal.emd;

/**
 * {@link Extrema#find}, block by block, so that a caller producing a signal (the sifting's
 * {@link MeanEnvelope}) can list the extrema of each part while it is still in the cache instead of
 * reading the whole signal again.
 *
 * <p>The fast path: without two equal neighbours (no plateaus), the rises rᵢ = [xᵢ &gt; x_{i−1}] and falls
 * fᵢ = [xᵢ &lt; x_{i−1}], i = 1 … n−1, are packed 64 to a word; a maximum sits at i where rᵢ and f_{i+1}, a
 * minimum where fᵢ and r_{i+1}. No branch depends on the data until the extrema themselves are listed.
 * A zero difference (rᵢ = fᵢ = 0) stops the scan, and {@link #finish} then lists the extrema with the
 * plateau-aware pass of {@link Extrema} over the whole signal.
 *
 * <p>Use: {@link #start}, any number of {@link #scanBelow} with growing limits (each sample must be final
 * by the time a limit passes it), then {@link #finish}. Mutable and not thread-safe.
 */
final class ExtremaScan {

    /**
     * Full blocks take {@link LaneExtremaWords} when the Vector API is there: IMEMD searches extrema some
     * 6,000 times per 3 s utterance, which makes it 15–25 % faster. Unlike MFCC (see
     * {@link org.avrs.signal.dsp.VectorLanes}) there is no warm-up rule: the JIT's warm-up, about 0.5 s in a
     * fresh JVM, is repaid within the second or third decomposition.
     */
    private static final boolean LANES = org.avrs.signal.dsp.VectorLanes.available() && LaneExtremaWords.fits();

    private final boolean[] ties = new boolean[1];
    private int[] maxima;
    private int[] minima;
    private int nMax;
    private int nMin;
    private long prevRise;
    private long prevFall;
    private int base; // index of bit 0 of the next block's words
    private boolean plateau;

    /** Begins a scan that lists into these arrays (each at least n/2 + 1 long for n samples). */
    void start(int[] maxima, int[] minima) {
        this.maxima = maxima;
        this.minima = minima;
        nMax = 0;
        nMin = 0;
        prevRise = 0;
        prevFall = 0;
        base = 1;
        plateau = false;
    }

    /** Scans the full 64-sample blocks of x that lie below sample {@code limit}. */
    void scanBelow(double[] x, int limit) {
        while (base + 64 <= limit && !plateau) {
            block(x, 64);
        }
    }

    /**
     * Scans the rest of the first n samples and returns {@code (maxCount << 32) | minCount}, as
     * {@link Extrema#find}.
     */
    long finish(double[] x, int n) {
        scanBelow(x, n);
        while (base < n + 64 && !plateau) { // the last block may be partial, then one empty block lists it
            block(x, Math.max(0, Math.min(64, n - base)));
        }
        long counts = plateau
                ? Extrema.findWithPlateaus(x, n, maxima, minima)
                : ((long) nMax << 32) | nMin;
        maxima = null;
        minima = null;
        return counts;
    }

    /** The words of the {@code count} samples from {@link #base}, and the extrema of the block before. */
    private void block(double[] x, int count) {
        long rise = 0;
        long fall = 0;
        if (count == 64 && LANES) {
            rise = LaneExtremaWords.rises(x, base, ties);
            fall = ties[0] ? 0 : ~rise; // a tie sends the signal to the plateau-aware pass below
        } else {
            for (int j = 0; j < count; j++) {
                double a = x[base + j - 1];
                double b = x[base + j];
                rise |= (b > a ? 1L : 0L) << j;
                fall |= (b < a ? 1L : 0L) << j;
            }
        }
        if ((rise | fall) != (count == 64 ? -1L : (1L << count) - 1)) {
            plateau = true;
            return;
        }
        if (base > 1) {
            int prevBase = base - 64;
            long maxBits = prevRise & ((prevFall >>> 1) | (fall << 63));
            long minBits = prevFall & ((prevRise >>> 1) | (rise << 63));
            while (maxBits != 0) {
                maxima[nMax++] = prevBase + Long.numberOfTrailingZeros(maxBits);
                maxBits &= maxBits - 1;
            }
            while (minBits != 0) {
                minima[nMin++] = prevBase + Long.numberOfTrailingZeros(minBits);
                minBits &= minBits - 1;
            }
        }
        prevRise = rise;
        prevFall = fall;
        base += 64;
    }
}
