package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SIMD rise words and tie flags equal the per-sample ones, signed zeros included. */
class LaneExtremaWordsTest {

    @Test
    void equalsTheScalarWordsBitForBit() {
        assertThat(LaneExtremaWords.fits()).isTrue();
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[1 + 64 * 50];
        for (int i = 0; i < x.length; i++) {
            // every other block: few distinct values, so equal neighbours are common (−0.0 next to 0.0
            // compares equal); the others without ties
            x[i] = (i / 64) % 2 == 0 ? random.nextGaussian() : switch (random.nextInt(4)) {
                case 0 -> random.nextInt(3) - 1.0;
                case 1 -> -0.0;
                default -> random.nextGaussian();
            };
        }
        boolean[] ties = new boolean[1];
        int blocksWithTies = 0;
        for (int base = 1; base + 63 < x.length; base += 64) {
            long rises = LaneExtremaWords.rises(x, base, ties);
            long rise = 0;
            boolean tie = false;
            for (int j = 0; j < 64; j++) {
                rise |= (x[base + j] > x[base + j - 1] ? 1L : 0L) << j;
                tie |= x[base + j] == x[base + j - 1];
            }
            assertThat(rises).as("rises at %d", base).isEqualTo(rise);
            assertThat(ties[0]).as("ties at %d", base).isEqualTo(tie);
            blocksWithTies += tie ? 1 : 0;
        }
        assertThat(blocksWithTies).as("both cases are tested").isBetween(1, 48);
    }
}
