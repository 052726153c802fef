package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Scanning a signal in pieces of any size lists the same extrema as scanning it at once. */
class ExtremaScanTest {

    @Test
    void piecewiseScansEqualTheWholeScan() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n : new int[] {0, 1, 2, 3, 63, 64, 65, 66, 129, 1_000, 5_000}) {
            for (boolean plateaus : new boolean[] {false, true}) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = plateaus && random.nextInt(50) == 0 && i > 0 ? x[i - 1] : random.nextGaussian();
                }
                int[] wantMax = new int[n / 2 + 1];
                int[] wantMin = new int[n / 2 + 1];
                long want = plateaus
                        ? Extrema.findWithPlateaus(x, n, wantMax, wantMin)
                        : Extrema.find(x, n, wantMax, wantMin);
                int[] max = new int[n / 2 + 1];
                int[] min = new int[n / 2 + 1];
                ExtremaScan scan = new ExtremaScan();
                scan.start(max, min);
                for (int limit = 0; limit < n; limit += 1 + random.nextInt(200)) {
                    scan.scanBelow(x, limit);
                }
                assertThat(scan.finish(x, n)).as("n %d plateaus %s", n, plateaus).isEqualTo(want);
                assertThat(max).isEqualTo(wantMax);
                assertThat(min).isEqualTo(wantMin);
            }
        }
    }
}
