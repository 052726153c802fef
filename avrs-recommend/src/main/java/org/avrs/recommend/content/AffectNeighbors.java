package org.avrs.recommend.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.avrs.core.Affect;
import org.avrs.core.Vad;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Affective content-based recommendation: videos close in affect space to what the viewer liked
 * (Sivakumar et al. 2015, connotative-space nearest neighbours, P1 §2), and — with audience profiles
 * from {@link org.avrs.recommend.affect.AudienceProfiler} — impression-based recommendation (Diaz et al.
 * 2018: videos whose audience impression is close to one the viewer liked).
 *
 * <p>With affinity s(a, b) = 1 − ‖p_a − p_b‖ / (2√3) between VAD profiles: history score
 * h(u, i) = max over the viewer's liked videos j (value ≥ the viewer's mean) of s(i, j); with a request
 * affect, the target score t(i) = s(p_i, affect) enters as (1 − w)·h + w·t, w = {@code affectWeight} ×
 * the affect's confidence; a viewer without history gets t alone (cold start from a measured affect),
 * and without affect either, nothing. Every video with a profile can be recommended, trained or not
 * (new videos with only a content profile).
 */
public final class AffectNeighbors extends Component<AffectNeighbors.Config> {

    /** @param affectWeight weight of the request affect in [0, 1] */
    public record Config(double affectWeight) {
        public Config {
            if (!(affectWeight >= 0 && affectWeight <= 1)) {
                throw new IllegalArgumentException("affectWeight " + affectWeight + " must be in [0, 1]");
            }
        }

        /** Affect weight 0.5. */
        public static Config defaults() {
            return new Config(0.5);
        }
    }

    private static final double DIAMETER = 2 * Math.sqrt(3);

    private final VideoProfiles profiles;

    /** @param profiles the videos' affective profiles (lexicon, audience, or content analysis) */
    public AffectNeighbors(Config config, VideoProfiles profiles) {
        super(config);
        this.profiles = java.util.Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String name() {
        return "affect-knn";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int n = log.videos().size();
        double[] vad = new double[n * 3];
        boolean[] has = new boolean[n];
        for (int i = 0; i < n; i++) {
            Affect a = profiles.of(log.videos().id(i)).orElse(null);
            if (a != null) {
                has[i] = true;
                System.arraycopy(a.vad().toArray(), 0, vad, i * 3, 3);
            }
        }
        return new Fitted(log.viewers(), log.videos(), log.byViewer(), config, vad, has);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        double[] vad = BinaryIo.readDoubles(h.in());
        Model.checkLength("profiles", vad.length, 3L * h.videos().size());
        boolean[] has = new boolean[h.videos().size()];
        for (int i = 0; i < has.length; i++) {
            has[i] = h.in().readBoolean();
        }
        return new Fitted(h.viewers(), h.videos(), h.history(), c, vad, has);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final double[] vad;
        private final boolean[] has;

        Fitted(IdMap viewers, IdMap videos, SparseRows history, Config config, double[] vad, boolean[] has) {
            super("affect-knn", config, viewers, videos, history);
            this.config = config;
            this.vad = vad;
            this.has = has;
        }



        @Override
        protected boolean recommendable(int video) {
            return has[video];
        }

        private double affinity(int a, double[] point, int po) {
            double dv = vad[a * 3] - point[po];
            double da = vad[a * 3 + 1] - point[po + 1];
            double dd = vad[a * 3 + 2] - point[po + 2];
            return 1 - Math.sqrt(dv * dv + da * da + dd * dd) / DIAMETER;
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            boolean history = hasHistory(viewer);
            Affect affect = context == null ? null : context.affect();
            double w = affect == null ? 0 : history ? config.affectWeight() * affect.confidence() : 1;
            if (!history && affect == null) {
                noScores(out);
                return;
            }
            int[] liked = history ? liked(viewer) : new int[0];
            double[] target = affect == null ? null : affect.vad().toArray();
            for (int i = 0; i < out.length; i++) {
                if (!has[i]) {
                    out[i] = Double.NaN;
                    continue;
                }
                double h = 0;
                for (int j : liked) {
                    h = Math.max(h, affinity(i, vad, j * 3));
                }
                double t = target == null ? 0 : affinity(i, target, 0);
                out[i] = (1 - w) * h + w * t;
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            double[] all = new double[videos.size()];
            scoreAll(viewer, context, all);
            return all[video];
        }

        /** The profiled videos the viewer rated at least their mean. */
        private int[] liked(int viewer) {
            double mean = meanOf(viewer);
            return java.util.stream.IntStream.range(history.start(viewer), history.end(viewer))
                    .filter(p -> has[history.col(p)] && history.value(p) >= mean).map(history::col).toArray();
        }

        private double meanOf(int viewer) {
            double s = 0;
            for (int p = history.start(viewer); p < history.end(viewer); p++) {
                s += history.value(p);
            }
            return s / history.count(viewer);
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            BinaryIo.writeDoubles(out, vad);
            for (boolean b : has) {
                out.writeBoolean(b);
            }
        }
    }
}
