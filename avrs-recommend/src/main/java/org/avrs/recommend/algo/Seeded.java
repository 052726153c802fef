package org.avrs.recommend.algo;

import java.util.SplittableRandom;

/** Random draws from a seeded generator: shuffles and Gaussian initial factors. */
public final class Seeded {

    private Seeded() {
    }

    /** Fisher–Yates shuffle in place. */
    public static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** n draws of N(0, σ²) by Box–Muller. */
    public static double[] gaussian(int n, double sigma, SplittableRandom rnd) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = sigma * Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
        }
        return a;
    }
}
