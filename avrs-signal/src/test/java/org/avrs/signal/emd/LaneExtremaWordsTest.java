package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SIMD rise/fall words equal the per-sample ones, ties (plateaus) and signed zeros included. */
class LaneExtremaWordsTest {

    @Test
    void equalsTheScalarWordsBitForBit() {
        assertThat(LaneExtremaWords.fits()).isTrue();
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[1 + 64 * 50];
        for (int i = 0; i < x.length; i++) {
            // few distinct values, so equal neighbours are common; −0.0 next to 0.0 compares equal
            x[i] = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(3) - 1.0;
                case 1 -> -0.0;
                default -> random.nextGaussian();
            };
        }
        long[] words = new long[2];
        for (int base = 1; base + 63 < x.length; base += 64) {
            LaneExtremaWords.risesAndFalls(x, base, words);
            long rise = 0;
            long fall = 0;
            for (int j = 0; j < 64; j++) {
                rise |= (x[base + j] > x[base + j - 1] ? 1L : 0L) << j;
                fall |= (x[base + j] < x[base + j - 1] ? 1L : 0L) << j;
            }
            assertThat(words[0]).as("rises at %d", base).isEqualTo(rise);
            assertThat(words[1]).as("falls at %d", base).isEqualTo(fall);
        }
    }
}
