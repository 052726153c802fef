package org.avrs.recommend.graph;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.context.Conditions;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;
import org.avrs.recommend.data.Video;

/**
 * An emotion knowledge graph of viewers, videos, emotions and tags, ranked by personalised PageRank
 * (P1 §2 KG; Haveliwala, "Topic-sensitive PageRank", WWW 2002, doi:10.1145/511446.511513).
 *
 * <p>Nodes: every viewer, every video, the seven EKMAN_NEUTRAL emotions, and every catalog tag.
 * Undirected weighted edges: viewer–video 1 per interaction; video–emotion the video's profile
 * probability × {@code emotionWeight}; video–tag 1 per tag; viewer–emotion the share of the viewer's
 * interactions whose context carried that dominant emotion × {@code emotionWeight}. The walk moves
 * along an edge with probability proportional to its weight and restarts with probability 1 − d to
 * the personalisation vector: mass (1 − β) on the viewer and β spread over the emotion nodes by the
 * request affect's distribution (or its nearest label), β = {@code affectRestart} × confidence
 * (β = 1 for an unknown viewer with an affect). r = (1 − d) s + d Pᵀ r is iterated
 * {@code iterations} times from r = s. A video scores its PageRank mass divided by its degree^γ
 * (γ = {@code popularityPenalty}, 0 = none).
 */
public final class EmotionGraphPpr extends Component<EmotionGraphPpr.Config> {

    /**
     * @param damping d in (0, 1)
     * @param iterations power iterations ≥ 1
     * @param emotionWeight weight of emotion edges ≥ 0
     * @param affectRestart largest restart share on the affect's emotions, in [0, 1]
     * @param popularityPenalty γ ≥ 0
     */
    public record Config(double damping, int iterations, double emotionWeight, double affectRestart,
            double popularityPenalty) {
        public Config {
            if (!(damping > 0 && damping < 1) || iterations < 1 || !(emotionWeight >= 0)
                    || !(affectRestart >= 0 && affectRestart <= 1) || !(popularityPenalty >= 0)) {
                throw new IllegalArgumentException("need 0 < damping < 1, iterations >= 1, emotionWeight >= 0, "
                        + "affectRestart in [0, 1], popularityPenalty >= 0; got " + damping + ", " + iterations + ", "
                        + emotionWeight + ", " + affectRestart + ", " + popularityPenalty);
            }
        }

        /** d 0.85, 20 iterations, emotion weight 1, affect restart 0.3, no popularity penalty. */
        public static Config defaults() {
            return new Config(0.85, 20, 1, 0.3, 0);
        }
    }

    private final Catalog catalog;
    private final VideoProfiles profiles;

    /** @param catalog the videos' tags; @param profiles the videos' affective profiles */
    public EmotionGraphPpr(Config config, Catalog catalog, VideoProfiles profiles) {
        super(config);
        this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
        this.profiles = java.util.Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String name() {
        return "kg-ppr";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int nu = log.viewers().size();
        int ni = log.videos().size();
        int ne = EmotionSet.EKMAN_NEUTRAL.size();
        Map<String, Integer> tags = new HashMap<>();
        List<long[]> edges = new ArrayList<>();     // {a, b}
        List<Double> weights = new ArrayList<>();
        for (int r = 0; r < log.size(); r++) {
            add(edges, weights, log.viewer(r), nu + log.video(r), 1);
        }
        int emotionBase = nu + ni;
        for (int i = 0; i < ni; i++) {
            long id = log.videos().id(i);
            Affect p = profiles.of(id).orElse(null);
            if (p != null && p.hasDistribution() && p.emotions().orElseThrow().equals(EmotionSet.EKMAN_NEUTRAL)) {
                double[] d = p.distribution().orElseThrow();
                for (int e = 0; e < ne; e++) {
                    add(edges, weights, nu + i, emotionBase + e, d[e] * config.emotionWeight());
                }
            }
            Video v = catalog.find(id).orElse(null);
            if (v != null) {
                for (String t : v.tags()) {
                    int tag = tags.computeIfAbsent(t, x -> tags.size());
                    add(edges, weights, nu + i, emotionBase + ne + tag, 1);
                }
            }
        }
        SparseRows byViewer = log.byViewer();
        for (int u = 0; u < nu; u++) {
            double[] counts = new double[ne];
            for (int p = byViewer.start(u); p < byViewer.end(u); p++) {
                int e = Conditions.emotion(log.context(byViewer.logRow(p)));
                if (e > 0) {
                    counts[e - 1]++;
                }
            }
            for (int e = 0; e < ne; e++) {
                add(edges, weights, u, emotionBase + e, counts[e] / Math.max(1, byViewer.count(u)) * config.emotionWeight());
            }
        }
        int nodes = emotionBase + ne + tags.size();
        int[] degree = new int[nodes + 1];
        for (long[] e : edges) {
            degree[(int) e[0] + 1]++;
            degree[(int) e[1] + 1]++;
        }
        for (int k = 0; k < nodes; k++) {
            degree[k + 1] += degree[k];
        }
        int[] start = degree.clone();
        int[] nbr = new int[start[nodes]];
        double[] w = new double[start[nodes]];
        int[] fill = java.util.Arrays.copyOf(start, nodes);
        for (int k = 0; k < edges.size(); k++) {
            int a = (int) edges.get(k)[0];
            int b = (int) edges.get(k)[1];
            nbr[fill[a]] = b;
            w[fill[a]++] = weights.get(k);
            nbr[fill[b]] = a;
            w[fill[b]++] = weights.get(k);
        }
        return new Fitted(log.viewers(), log.videos(), byViewer, config, start, nbr, w);
    }

    private static void add(List<long[]> edges, List<Double> weights, int a, int b, double weight) {
        if (weight > 0) {
            edges.add(new long[] {a, b});
            weights.add(weight);
        }
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        int[] start = BinaryIo.readInts(h.in());
        int[] nbr = BinaryIo.readInts(h.in());
        double[] w = BinaryIo.readDoubles(h.in());
        if (start.length == 0 || start[start.length - 1] != nbr.length || w.length != nbr.length) {
            throw new IOException("saved model: corrupt graph");
        }
        return new Fitted(h.viewers(), h.videos(), h.history(), c, start, nbr, w);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final int[] start;
        private final int[] nbr;
        private final double[] w;
        private final double[] strength;

        Fitted(IdMap viewers, IdMap videos, SparseRows history, Config config, int[] start, int[] nbr, double[] w) {
            super("kg-ppr", config, viewers, videos, history);
            this.config = config;
            this.start = start;
            this.nbr = nbr;
            this.w = w;
            int nodes = start.length - 1;
            this.strength = new double[nodes];
            for (int k = 0; k < nodes; k++) {
                for (int p = start[k]; p < start[k + 1]; p++) {
                    strength[k] += w[p];
                }
            }
        }



        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            int nu = viewers.size();
            int ne = EmotionSet.EKMAN_NEUTRAL.size();
            int nodes = start.length - 1;
            double[] s = new double[nodes];
            boolean known = hasHistory(viewer);
            Affect affect = context == null ? null : context.affect();
            if (!known && affect == null) {
                noScores(out);
                return;
            }
            double beta = affect == null ? 0 : known ? config.affectRestart() * affect.confidence() : 1;
            if (known) {
                s[viewer] = 1 - beta;
            }
            if (beta > 0) {
                int base = nu + videos.size();
                if (affect.hasDistribution() && affect.emotions().orElseThrow().equals(EmotionSet.EKMAN_NEUTRAL)) {
                    double[] d = affect.distribution().orElseThrow();
                    for (int e = 0; e < ne; e++) {
                        s[base + e] = beta * d[e];
                    }
                } else {
                    s[base + Conditions.emotion(context) - 1] = beta;
                }
            }
            double[] r = s.clone();
            double[] next = new double[nodes];
            double d = config.damping();
            for (int it = 0; it < config.iterations(); it++) {
                for (int k = 0; k < nodes; k++) {
                    next[k] = (1 - d) * s[k];
                }
                for (int k = 0; k < nodes; k++) {
                    if (r[k] == 0 || strength[k] == 0) {
                        continue;
                    }
                    double share = d * r[k] / strength[k];
                    for (int p = start[k]; p < start[k + 1]; p++) {
                        next[nbr[p]] += share * w[p];
                    }
                }
                double[] t = r;
                r = next;
                next = t;
            }
            for (int i = 0; i < out.length; i++) {
                int node = nu + i;
                double deg = start[node + 1] - start[node];
                out[i] = deg == 0 ? Double.NaN
                        : config.popularityPenalty() == 0 ? r[node] : r[node] / Math.pow(deg, config.popularityPenalty());
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            double[] all = new double[videos.size()];
            scoreAll(viewer, context, all);
            return all[video];
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            BinaryIo.writeInts(out, start);
            BinaryIo.writeInts(out, nbr);
            BinaryIo.writeDoubles(out, w);
        }
    }
}
