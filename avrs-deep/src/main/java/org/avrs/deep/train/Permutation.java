package org.avrs.deep.train;

import java.util.Random;

/** Seeded random permutations (Fisher–Yates), for shuffling mini-batches and labels reproducibly. */
final class Permutation {

    private Permutation() {
    }

    /** A uniformly random permutation of 0 … n−1 drawn from {@code rnd}. */
    static int[] of(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
