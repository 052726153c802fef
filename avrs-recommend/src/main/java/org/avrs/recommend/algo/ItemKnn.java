package org.avrs.recommend.algo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.TopK;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Item-based k-nearest-neighbour collaborative filtering with cosine similarity between videos'
 * viewer vectors: s(i, j) = x_i · x_j / (‖x_i‖ ‖x_j‖); only positive similarities are kept, each video
 * keeps its {@code storedNeighbors} most similar videos.
 *
 * <ul>
 *   <li><b>Implicit</b> (default): x_ui = 1 for every interaction. Top-N scoring as Deshpande and
 *       Karypis, "Item-based top-N recommendation algorithms", ACM TOIS 22(1):143–177, 2004,
 *       doi:10.1145/963770.963776: score(u, i) = Σ_{j ∈ I_u} s(j, i)·[i among the k nearest of j].
 *       A viewer without history gets no scores.</li>
 *   <li><b>Explicit</b>: x_ui = r_ui − (μ + b_u + b_i), residuals of the damped {@link Biases}; the
 *       prediction is r̂(u, i) = μ + b_u + b_i + Σ_{j ∈ N_k(i;u)} s(i,j)·x_uj / Σ |s(i,j)|, N_k(i;u) the
 *       k most similar videos to i that u rated (Sarwar et al., WWW 2001, doi:10.1145/371920.372071;
 *       Koren 2010 for the baseline). With no such neighbour, or for an unknown viewer, the baseline.</li>
 * </ul>
 */
public final class ItemKnn implements Recommender {

    /**
     * @param neighbors k, the neighbours used per score, ≥ 1
     * @param explicit whether values are ratings (explicit) or just interactions (implicit)
     * @param storedNeighbors how many neighbours each video keeps, ≥ neighbors
     * @param damping the bias damping of the explicit baseline, ≥ 0
     */
    public record Config(int neighbors, boolean explicit, int storedNeighbors, double damping) {
        public Config {
            if (neighbors < 1) {
                throw new IllegalArgumentException("neighbors " + neighbors + " must be >= 1");
            }
            if (storedNeighbors < neighbors) {
                throw new IllegalArgumentException("storedNeighbors " + storedNeighbors + " must be >= neighbors " + neighbors);
            }
            if (!(damping >= 0) || Double.isInfinite(damping)) {
                throw new IllegalArgumentException("damping " + damping + " must be >= 0 and finite");
            }
        }

        /** Implicit, k = 50 (each video keeps its 50 nearest). */
        public static Config defaults() {
            return new Config(50, false, 50, 5);
        }

        /** Explicit ratings, k = 50 among 400 stored neighbours, damping 5. */
        public static Config explicitDefaults() {
            return new Config(50, true, 400, 5);
        }
    }

    private final Config config;

    public ItemKnn(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        Biases biases = config.explicit() ? Biases.fit(log, config.damping()) : null;
        SparseRows byVideo = log.byVideo();
        SparseRows byViewer = log.byViewer();
        int n = log.videos().size();
        // residual value of each entry of byViewer (1 when implicit)
        float[] userValues = new float[byViewer.entries()];
        for (int u = 0; u < byViewer.size(); u++) {
            for (int p = byViewer.start(u); p < byViewer.end(u); p++) {
                userValues[p] = biases == null ? 1f : (float) (byViewer.value(p) - biases.predict(u, byViewer.col(p)));
            }
        }
        double[] norms = new double[n];
        for (int u = 0; u < byViewer.size(); u++) {
            for (int p = byViewer.start(u); p < byViewer.end(u); p++) {
                norms[byViewer.col(p)] += (double) userValues[p] * userValues[p];
            }
        }
        for (int i = 0; i < n; i++) {
            norms[i] = Math.sqrt(norms[i]);
        }
        int m = config.storedNeighbors();
        int[] nbr = new int[n * m];
        float[] sim = new float[n * m];
        int[] counts = new int[n];
        ThreadLocal<double[]> acc = ThreadLocal.withInitial(() -> new double[n]);
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] dot = acc.get();
            int[] touched = new int[Math.min(n, 1024)];
            int nt = 0;
            for (int q = byVideo.start(i); q < byVideo.end(i); q++) {
                int u = byVideo.col(q);
                float xui = valueOf(byViewer, userValues, u, i);
                for (int p = byViewer.start(u); p < byViewer.end(u); p++) {
                    int j = byViewer.col(p);
                    if (j == i) {
                        continue;
                    }
                    if (dot[j] == 0) {
                        if (nt == touched.length) {
                            touched = Arrays.copyOf(touched, Math.min(n, nt * 2));
                        }
                        touched[nt++] = j;
                    }
                    dot[j] += (double) xui * userValues[p];
                    if (dot[j] == 0) {
                        dot[j] = Double.MIN_VALUE; // keep it marked as touched
                    }
                }
            }
            double[] s = new double[nt];
            long[] tie = new long[nt];
            for (int t = 0; t < nt; t++) {
                int j = touched[t];
                double denom = norms[i] * norms[j];
                double c = denom > 0 ? dot[j] / denom : 0;
                s[t] = c > 1e-9 ? c : Double.NaN;
                tie[t] = j;
                dot[j] = 0;
            }
            int[] best = TopK.select(s, m, null, tie);
            counts[i] = best.length;
            for (int b = 0; b < best.length; b++) {
                nbr[i * m + b] = touched[best[b]];
                sim[i * m + b] = (float) s[best[b]];
            }
        });
        return new Fitted(log.viewers(), log.videos(), byViewer, config, biases, m, nbr, sim, counts);
    }

    /** The value x_ui of viewer u for video i from the viewer's sorted row. */
    private static float valueOf(SparseRows byViewer, float[] userValues, int u, int i) {
        return userValues[byViewer.find(u, i)];
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        Biases biases = h.in().readBoolean() ? Biases.read(h.in(), h.viewers().size(), h.videos().size()) : null;
        int m = h.in().readInt();
        int[] counts = BinaryIo.readInts(h.in());
        int[] nbr = BinaryIo.readInts(h.in());
        float[] sim = BinaryIo.readFloats(h.in());
        Model.checkLength("neighbour counts", counts.length, h.videos().size());
        Model.checkLength("neighbours", nbr.length, (long) h.videos().size() * m);
        Model.checkLength("similarities", sim.length, (long) h.videos().size() * m);
        return new Fitted(h.viewers(), h.videos(), h.history(), c, biases, m, nbr, sim, counts);
    }

    /** The fitted neighbourhoods. */
    static final class Fitted extends Model {
        private final Config config;
        private final Biases biases;
        private final int m;
        private final int[] nbr;
        private final float[] sim;
        private final int[] counts;

        Fitted(IdMap viewers, IdMap videos, SparseRows history, Config config, Biases biases, int m, int[] nbr,
                float[] sim, int[] counts) {
            super(viewers, videos, history);
            this.config = config;
            this.biases = biases;
            this.m = m;
            this.nbr = nbr;
            this.sim = sim;
            this.counts = counts;
        }

        @Override
        public String algorithm() {
            return "itemknn";
        }

        @Override
        public Config config() {
            return config;
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            if (config.explicit()) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = score(viewer, i, context);
                }
                return;
            }
            if (!hasHistory(viewer)) {
                noScores(out);
                return;
            }
            Arrays.fill(out, 0);
            int k = config.neighbors();
            for (int p = history.start(viewer); p < history.end(viewer); p++) {
                int j = history.col(p);
                int base = j * m;
                for (int b = 0, e = Math.min(k, counts[j]); b < e; b++) {
                    out[nbr[base + b]] += sim[base + b];
                }
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            if (!config.explicit()) {
                if (!hasHistory(viewer)) {
                    return Double.NaN;
                }
                double s = 0;
                int k = config.neighbors();
                for (int p = history.start(viewer); p < history.end(viewer); p++) {
                    int base = history.col(p) * m;
                    for (int b = 0, e = Math.min(k, counts[history.col(p)]); b < e; b++) {
                        if (nbr[base + b] == video) {
                            s += sim[base + b];
                        }
                    }
                }
                return s;
            }
            double baseline = biases.predict(viewer, video);
            if (!hasHistory(viewer)) {
                return baseline;
            }
            double num = 0;
            double den = 0;
            int used = 0;
            int base = video * m;
            for (int b = 0; b < counts[video] && used < config.neighbors(); b++) {
                int j = nbr[base + b];
                int p = history.find(viewer, j);
                if (p >= 0) {
                    double r = history.value(p);
                    num += sim[base + b] * (r - biases.predict(viewer, j));
                    den += Math.abs(sim[base + b]);
                    used++;
                }
            }
            return den > 0 ? baseline + num / den : baseline;
        }

        /** The stored neighbours of a video (dense indices, most similar first) and their similarities. */
        int[] neighbors(int video) {
            return Arrays.copyOfRange(nbr, video * m, video * m + counts[video]);
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            out.writeBoolean(biases != null);
            if (biases != null) {
                biases.write(out);
            }
            out.writeInt(m);
            BinaryIo.writeInts(out, counts);
            BinaryIo.writeInts(out, nbr);
            BinaryIo.writeFloats(out, sim);
        }
    }
}
