package org.avrs.recommend.algo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * User-based k-nearest-neighbour collaborative filtering (Herlocker, Konstan, Borchers and Riedl,
 * SIGIR 1999, doi:10.1145/312624.312682) with cosine similarity between viewers' video vectors
 * (positive similarities only), each viewer keeping its k most similar viewers N_k(u):
 * <ul>
 *   <li>implicit: score(u, i) = Σ_{v ∈ N_k(u), i ∈ I_v} s(u, v);</li>
 *   <li>explicit: r̂(u, i) = b_ui + Σ_{v ∈ N_k(u) rated i} s(u, v)(r_vi − b_vi) / Σ |s(u, v)| with the
 *       damped {@link Biases} baseline b; the baseline when no neighbour rated i.</li>
 * </ul>
 * An unknown viewer gets no scores (implicit) or the baseline (explicit).
 */
public final class UserKnn extends Component<UserKnn.Config> {

    /**
     * @param neighbors k ≥ 1
     * @param explicit ratings (explicit) or interactions (implicit)
     * @param damping bias damping of the explicit baseline ≥ 0
     */
    public record Config(int neighbors, boolean explicit, double damping) {
        public Config {
            Checks.positive("neighbors", neighbors);
            Checks.nonNegative("damping", damping);
        }

        /** Implicit, k = 50. */
        public static Config defaults() {
            return new Config(50, false, 5);
        }
    }


    public UserKnn(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "userknn";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        Biases biases = config.explicit() ? Biases.fit(log, config.damping()) : null;
        SparseRows byVideo = log.byVideo();
        CosineNeighbors nb = CosineNeighbors.compute(log.byViewer(), byVideo,
                CosineNeighbors.valuesByVideo(byVideo, biases), config.neighbors());
        return new Fitted(log.viewers(), log.videos(), log.byViewer(), config, biases, nb);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        Biases biases = h.in().readBoolean() ? Biases.read(h.in(), h.viewers().size(), h.videos().size()) : null;
        return new Fitted(h.viewers(), h.videos(), h.history(), c, biases, CosineNeighbors.read(h.in(), h.viewers().size()));
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final Biases biases;
        private final CosineNeighbors nb;

        Fitted(IdMap viewers, IdMap videos, SparseRows history, Config config, Biases biases, CosineNeighbors nb) {
            super("userknn", config, viewers, videos, history);
            this.config = config;
            this.biases = biases;
            this.nb = nb;
        }



        @Override
        public boolean predictsRatings() {
            return config.explicit();
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            if (!hasHistory(viewer)) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = config.explicit() ? biases.predict(viewer, i) : Double.NaN;
                }
                return;
            }
            double[] num = new double[out.length];
            double[] den = new double[out.length];
            int base = viewer * nb.m();
            for (int b = 0; b < nb.counts()[viewer]; b++) {
                int v = nb.neighbors()[base + b];
                double s = nb.similarities()[base + b];
                for (int p = history.start(v); p < history.end(v); p++) {
                    int i = history.col(p);
                    num[i] += config.explicit() ? s * (history.value(p) - biases.predict(v, i)) : s;
                    den[i] += s;
                }
            }
            for (int i = 0; i < out.length; i++) {
                if (!config.explicit()) {
                    out[i] = num[i];
                } else {
                    double baseline = biases.predict(viewer, i);
                    out[i] = den[i] > 0 ? baseline + num[i] / den[i] : baseline;
                }
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            if (!hasHistory(viewer)) {
                return config.explicit() ? biases.predict(viewer, video) : Double.NaN;
            }
            double num = 0;
            double den = 0;
            int base = viewer * nb.m();
            for (int b = 0; b < nb.counts()[viewer]; b++) {
                int v = nb.neighbors()[base + b];
                int p = history.find(v, video);
                if (p >= 0) {
                    double s = nb.similarities()[base + b];
                    num += config.explicit() ? s * (history.value(p) - biases.predict(v, video)) : s;
                    den += s;
                }
            }
            if (!config.explicit()) {
                return num;
            }
            double baseline = biases.predict(viewer, video);
            return den > 0 ? baseline + num / den : baseline;
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            out.writeBoolean(biases != null);
            if (biases != null) {
                biases.write(out);
            }
            nb.write(out);
        }
    }
}
