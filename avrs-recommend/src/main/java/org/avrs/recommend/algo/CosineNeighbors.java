package org.avrs.recommend.algo;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.avrs.recommend.TopK;
import org.avrs.recommend.data.SparseRows;

/**
 * The m most cosine-similar keys of every key, for item–item (keys = videos) and user–user (keys =
 * viewers) neighbourhoods: s(a, b) = x_a · x_b / (‖x_a‖ ‖x_b‖) over the other side's coordinates, only
 * positive similarities kept, most similar first (ties to the lower index). Co-occurring pairs are
 * found through the transposed rows, so the cost is Σ over the other side of (row length)².
 *
 * @param m neighbours stored per key (row-major, m slots per key)
 * @param neighbors neighbour indices
 * @param similarities their similarities
 * @param counts how many slots of each key are used
 */
record CosineNeighbors(int m, int[] neighbors, float[] similarities, int[] counts) {

    /**
     * @param keys key → other rows (e.g. video → viewers)
     * @param via other → key rows (e.g. viewer → videos), the transpose of {@code keys}
     * @param viaValues the coordinate x of each entry of {@code via}, by position
     */
    static CosineNeighbors compute(SparseRows keys, SparseRows via, float[] viaValues, int m) {
        int n = keys.size();
        double[] norms = new double[n];
        for (int p = 0; p < via.entries(); p++) {
            norms[via.col(p)] += (double) viaValues[p] * viaValues[p];
        }
        for (int i = 0; i < n; i++) {
            norms[i] = Math.sqrt(norms[i]);
        }
        int[] nbr = new int[n * m];
        float[] sim = new float[n * m];
        int[] counts = new int[n];
        ThreadLocal<double[]> acc = ThreadLocal.withInitial(() -> new double[n]);
        IntStream.range(0, n).parallel().forEach(a -> {
            double[] dot = acc.get();
            int[] touched = new int[Math.min(n, 1024)];
            int nt = 0;
            for (int q = keys.start(a); q < keys.end(a); q++) {
                int other = keys.col(q);
                float xa = viaValues[via.find(other, a)];
                for (int p = via.start(other); p < via.end(other); p++) {
                    int b = via.col(p);
                    if (b == a) {
                        continue;
                    }
                    if (dot[b] == 0) {
                        if (nt == touched.length) {
                            touched = Arrays.copyOf(touched, Math.min(n, nt * 2));
                        }
                        touched[nt++] = b;
                    }
                    dot[b] += (double) xa * viaValues[p];
                    if (dot[b] == 0) {
                        dot[b] = Double.MIN_VALUE; // stays marked as touched
                    }
                }
            }
            double[] s = new double[nt];
            long[] tie = new long[nt];
            for (int t = 0; t < nt; t++) {
                int b = touched[t];
                double denom = norms[a] * norms[b];
                double c = denom > 0 ? dot[b] / denom : 0;
                s[t] = c > 1e-9 ? c : Double.NaN;
                tie[t] = b;
                dot[b] = 0;
            }
            int[] best = TopK.select(s, m, null, tie);
            counts[a] = best.length;
            for (int r = 0; r < best.length; r++) {
                nbr[a * m + r] = touched[best[r]];
                sim[a * m + r] = (float) s[best[r]];
            }
        });
        return new CosineNeighbors(m, nbr, sim, counts);
    }

    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(m);
        org.avrs.recommend.data.BinaryIo.writeInts(out, counts);
        org.avrs.recommend.data.BinaryIo.writeInts(out, neighbors);
        org.avrs.recommend.data.BinaryIo.writeFloats(out, similarities);
    }

    static CosineNeighbors read(java.io.DataInput in, int keys) throws java.io.IOException {
        int m = in.readInt();
        int[] counts = org.avrs.recommend.data.BinaryIo.readInts(in);
        int[] nbr = org.avrs.recommend.data.BinaryIo.readInts(in);
        float[] sim = org.avrs.recommend.data.BinaryIo.readFloats(in);
        org.avrs.recommend.Model.checkLength("neighbour counts", counts.length, keys);
        org.avrs.recommend.Model.checkLength("neighbours", nbr.length, (long) keys * m);
        org.avrs.recommend.Model.checkLength("similarities", sim.length, (long) keys * m);
        return new CosineNeighbors(m, nbr, sim, counts);
    }

    /** Residuals of each entry of {@code rows} (viewer → video) against a baseline, or 1 when baseline is null. */
    static float[] values(SparseRows byViewer, Biases baseline) {
        float[] v = new float[byViewer.entries()];
        for (int u = 0; u < byViewer.size(); u++) {
            for (int p = byViewer.start(u); p < byViewer.end(u); p++) {
                v[p] = baseline == null ? 1f : (float) (byViewer.value(p) - baseline.predict(u, byViewer.col(p)));
            }
        }
        return v;
    }

    /** The same residuals by position of the transposed rows (video → viewer). */
    static float[] valuesByVideo(SparseRows byVideo, Biases baseline) {
        float[] v = new float[byVideo.entries()];
        for (int i = 0; i < byVideo.size(); i++) {
            for (int p = byVideo.start(i); p < byVideo.end(i); p++) {
                v[p] = baseline == null ? 1f : (float) (byVideo.value(p) - baseline.predict(byVideo.col(p), i));
            }
        }
        return v;
    }
}
