package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.avrs.signal.dsp.VectorLanes;
import org.junit.jupiter.api.Test;

class MeanEnvelopeTest {

    /**
     * h − (e_u + e_l)/2 equals, bit for bit, evaluating each envelope alone at every sample (piece j for
     * x_j ≤ i &lt; x_{j+1}, the end pieces extended) and subtracting the mean: for knots from every other
     * sample (the dense path) to hundreds of samples apart (long segments), with knots beyond both ends,
     * with the SIMD kernels and without. The extrema scanned while writing are those of the result.
     */
    @Test
    void equalsEvaluatingEachEnvelopeAloneToTheBit() {
        assertThat(VectorLanes.available()).as("the tests run with the Vector API").isTrue();
        Random random = new Random(5);
        int n = 2_000;
        for (boolean lanes : new boolean[] {true, false}) {
            for (int gap : new int[] {2, 3, 5, 9, 17, 40, 300, 1_500}) {
                for (int trial = 0; trial < 3; trial++) {
                    double[] ux = knots(random, n, gap);
                    double[] lx = knots(random, n, gap);
                    double[] uy = random.doubles(ux.length, -1, 1).toArray();
                    double[] ly = random.doubles(lx.length, -1, 1).toArray();
                    double[] us = new double[ux.length];
                    double[] ls = new double[lx.length];
                    SplineSystem su = new SplineSystem(ux.length);
                    SplineSystem sl = new SplineSystem(lx.length);
                    SplineSystem.solveBoth(su, ux, uy, ux.length, us, sl, lx, ly, lx.length, ls,
                            EndCondition.NOT_A_KNOT, EndCondition.NOT_A_KNOT);
                    double[] h = new double[n + MeanEnvelope.PADDING];
                    for (int i = 0; i < n; i++) {
                        h[i] = random.nextGaussian();
                    }
                    double[] out = new double[h.length];
                    int[] maxima = new int[n / 2 + 1];
                    int[] minima = new int[n / 2 + 1];
                    ExtremaScan scan = new ExtremaScan();
                    scan.start(maxima, minima);
                    new MeanEnvelope(n, Math.max(ux.length, lx.length), lanes)
                            .subtract(su, ux, uy, us, ux.length, sl, lx, ly, ls, lx.length, h, out, scan);
                    long scanned = scan.finish(out, n);
                    for (int i = 0; i < n; i++) {
                        double want = h[i] - 0.5 * (value(su, ux, uy, us, i) + value(sl, lx, ly, ls, i));
                        assertThat(out[i]).as("lanes %s gap %d sample %d", lanes, gap, i).isEqualTo(want);
                    }
                    int[] wantMaxima = new int[n / 2 + 1];
                    int[] wantMinima = new int[n / 2 + 1];
                    assertThat(scanned).isEqualTo(Extrema.find(out, n, wantMaxima, wantMinima));
                    assertThat(maxima).isEqualTo(wantMaxima);
                    assertThat(minima).isEqualTo(wantMinima);
                }
            }
        }
    }

    /** Strictly increasing whole-sample knots about {@code gap} apart, from below 0 to beyond n − 1. */
    private static double[] knots(Random random, int n, int gap) {
        TreeSet<Integer> k = new TreeSet<>();
        for (int p = -2 * gap; p < n + 2 * gap; p += 1 + random.nextInt(2 * gap - 1)) {
            k.add(p);
        }
        return k.stream().mapToDouble(Integer::doubleValue).toArray();
    }

    /** The spline at sample i, evaluated as the sifting did before MeanEnvelope. */
    private static double value(SplineSystem spline, double[] x, double[] y, double[] s, int i) {
        int j = 0;
        while (j < x.length - 2 && x[j + 1] <= i) {
            j++;
        }
        double inv = spline.inverseSpacing()[j];
        double d = spline.secants()[j];
        double a2 = (3 * d - 2 * s[j] - s[j + 1]) * inv;
        double a3 = (s[j] + s[j + 1] - 2 * d) * inv * inv;
        double u = i - x[j];
        return y[j] + u * (s[j] + u * (a2 + u * a3));
    }
}
