package org.avrs.recommend.algo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
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
public final class ItemKnn extends Component<ItemKnn.Config> {

    /**
     * @param neighbors k, the neighbours used per score, ≥ 1
     * @param explicit whether values are ratings (explicit) or just interactions (implicit)
     * @param storedNeighbors how many neighbours each video keeps, ≥ neighbors
     * @param damping the bias damping of the explicit baseline, ≥ 0
     * @param neighborhood which neighbours a score sums over (explicit models always use RATED)
     */
    public record Config(int neighbors, boolean explicit, int storedNeighbors, double damping,
            Neighborhood neighborhood) {
        public Config {
            java.util.Objects.requireNonNull(neighborhood, "neighborhood");
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

        /**
         * Implicit, k = 50 (each video keeps its 50 nearest), CANDIDATE neighbourhood (chosen over HISTORY
         * and RATED on a validation holdout inside split-seed42's training part: nDCG@10 0.162 vs 0.128, 0.123).
         */
        public static Config defaults() {
            return new Config(50, false, 50, 5, Neighborhood.CANDIDATE);
        }

        /** Explicit ratings, k = 50 among 400 stored neighbours, damping 5. */
        public static Config explicitDefaults() {
            return new Config(50, true, 400, 5, Neighborhood.RATED);
        }
    }

    /**
     * Which neighbours enter the implicit score of candidate i for viewer u (s = cosine):
     * <ul>
     *   <li>HISTORY — Σ_{j ∈ I_u} s(j, i)·[i among the k nearest of j] (Deshpande and Karypis);</li>
     *   <li>CANDIDATE — Σ_{j ∈ N_k(i) ∩ I_u} s(i, j), N_k(i) the k nearest of i overall;</li>
     *   <li>RATED — Σ_{j ∈ N_k(i;u)} s(i, j), N_k(i;u) the k nearest of i among those u saw (among the
     *       stored neighbours; LensKit's item-item).</li>
     * </ul>
     */
    public enum Neighborhood { HISTORY, CANDIDATE, RATED }


    public ItemKnn(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        Biases biases = config.explicit() ? Biases.fit(log, config.damping()) : null;
        SparseRows byViewer = log.byViewer();
        CosineNeighbors nb = CosineNeighbors.compute(log.byVideo(), byViewer, CosineNeighbors.values(byViewer, biases),
                config.storedNeighbors());
        return new Fitted(log.viewers(), log.videos(), byViewer, config, biases, nb.m(), nb.neighbors(),
                nb.similarities(), nb.counts());
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        Biases biases = h.in().readBoolean() ? Biases.read(h.in(), h.viewers().size(), h.videos().size()) : null;
        CosineNeighbors nb = CosineNeighbors.read(h.in(), h.videos().size());
        return new Fitted(h.viewers(), h.videos(), h.history(), c, biases, nb.m(), nb.neighbors(), nb.similarities(),
                nb.counts());
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
            super("itemknn", config, viewers, videos, history);
            this.config = config;
            this.biases = biases;
            this.m = m;
            this.nbr = nbr;
            this.sim = sim;
            this.counts = counts;
        }



        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            if (!hasHistory(viewer)) {
                if (config.explicit()) {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = biases.predict(viewer, i);
                    }
                } else {
                    noScores(out);
                }
                return;
            }
            if (!config.explicit() && config.neighborhood() == Neighborhood.HISTORY) {
                Arrays.fill(out, 0);
                int k = config.neighbors();
                for (int p = history.start(viewer); p < history.end(viewer); p++) {
                    int j = history.col(p);
                    int base = j * m;
                    for (int b = 0, e = Math.min(k, counts[j]); b < e; b++) {
                        out[nbr[base + b]] += sim[base + b];
                    }
                }
                return;
            }
            double[] residual = residuals(viewer);
            for (int i = 0; i < out.length; i++) {
                out[i] = aggregate(viewer, i, residual);
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            if (!hasHistory(viewer)) {
                return config.explicit() ? biases.predict(viewer, video) : Double.NaN;
            }
            if (!config.explicit() && config.neighborhood() == Neighborhood.HISTORY) {
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
            return aggregate(viewer, video, residuals(viewer));
        }

        /** Each video's residual for the viewer (1 when implicit), NaN for videos the viewer did not see. */
        private double[] residuals(int viewer) {
            double[] r = new double[videos.size()];
            Arrays.fill(r, Double.NaN);
            for (int p = history.start(viewer); p < history.end(viewer); p++) {
                int j = history.col(p);
                r[j] = config.explicit() ? history.value(p) - biases.predict(viewer, j) : 1;
            }
            return r;
        }

        /** The CANDIDATE / RATED score, or the explicit prediction, of one video from the viewer's residuals. */
        private double aggregate(int viewer, int video, double[] residual) {
            int k = config.neighbors();
            boolean firstK = !config.explicit() && config.neighborhood() == Neighborhood.CANDIDATE;
            int limit = firstK ? Math.min(k, counts[video]) : counts[video];
            int base = video * m;
            double num = 0;
            double den = 0;
            int used = 0;
            for (int b = 0; b < limit && used < k; b++) {
                double x = residual[nbr[base + b]];
                if (!Double.isNaN(x)) {
                    num += sim[base + b] * x;
                    den += Math.abs(sim[base + b]);
                    used++;
                }
            }
            if (!config.explicit()) {
                return num;
            }
            double baseline = biases.predict(viewer, video);
            return den > 0 ? baseline + num / den : baseline;
        }

        @Override
        public boolean predictsRatings() {
            return config.explicit();
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
            new CosineNeighbors(m, nbr, sim, counts).write(out);
        }
    }
}
