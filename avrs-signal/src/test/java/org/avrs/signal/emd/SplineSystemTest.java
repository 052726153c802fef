package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Two systems solved together give the slopes of each solved alone, bit for bit, whatever their sizes. */
class SplineSystemTest {

    @Test
    void solvingTwoTogetherEqualsSolvingEachAlone() {
        Random random = new Random(7);
        int[] sizes = {2, 3, 4, 5, 9, 40};
        for (EndCondition ends : EndCondition.values()) {
            for (int ma : sizes) {
                for (int mb : sizes) {
                    double[] xa = knots(random, ma);
                    double[] xb = knots(random, mb);
                    double[] ya = random.doubles(ma, -1, 1).toArray();
                    double[] yb = random.doubles(mb, -1, 1).toArray();
                    double[] sa = new double[ma];
                    double[] sb = new double[mb];
                    SplineSystem.solveBoth(new SplineSystem(40), xa, ya, ma, sa, new SplineSystem(40), xb, yb, mb, sb,
                            ends, ends);
                    double[] wantA = new double[ma];
                    double[] wantB = new double[mb];
                    new SplineSystem(ma).solve(xa, ya, ma, ends, ends, wantA);
                    new SplineSystem(mb).solve(xb, yb, mb, ends, ends, wantB);
                    assertThat(sa).as("%s %d with %d", ends, ma, mb).isEqualTo(wantA);
                    assertThat(sb).as("%s %d with %d", ends, mb, ma).isEqualTo(wantB);
                    assertInteriorRowsHold(xa, ya, sa);
                    assertInteriorRowsHold(xb, yb, sb);
                }
            }
        }
    }

    /** hᵢ·s_{i−1} + 2(h_{i−1} + hᵢ)·sᵢ + h_{i−1}·s_{i+1} = 3(hᵢδ_{i−1} + h_{i−1}δᵢ): the curvature is continuous. */
    private static void assertInteriorRowsHold(double[] x, double[] y, double[] s) {
        for (int i = 1; i < x.length - 1; i++) {
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            double d0 = (y[i] - y[i - 1]) / h0;
            double d1 = (y[i + 1] - y[i]) / h1;
            double left = h1 * s[i - 1] + 2 * (h0 + h1) * s[i] + h0 * s[i + 1];
            double right = 3 * (h1 * d0 + h0 * d1);
            assertThat(left).as("row %d of %d", i, x.length).isCloseTo(right, org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(right))));
        }
    }

    private static double[] knots(Random random, int m) {
        double[] x = new double[m];
        x[0] = -random.nextInt(5);
        for (int i = 1; i < m; i++) {
            x[i] = x[i - 1] + 1 + random.nextInt(6);
        }
        return x;
    }
}
