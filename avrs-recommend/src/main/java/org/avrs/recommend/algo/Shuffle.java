package org.avrs.recommend.algo;

import java.util.SplittableRandom;

/** Fisher–Yates shuffles from a seeded generator. */
final class Shuffle {

    private Shuffle() {
    }

    static void ints(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
