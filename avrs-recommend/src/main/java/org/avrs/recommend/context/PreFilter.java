package org.avrs.recommend.context;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.algo.Popularity;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Contextual pre-filtering (Adomavicius, Sankaranarayanan, Sen and Tuzhilin, "Incorporating contextual
 * information in recommender systems using a multidimensional approach", ACM TOIS 23(1):103–145,
 * 2005, doi:10.1145/1055709.1055714): a context-free base algorithm is fitted on the interactions
 * whose emotion condition ({@link Conditions}) equals the request's, and that model answers.
 * <ul>
 *   <li>exact: one model per emotion with at least {@code minRows} interactions; other requests (and
 *       scores the segment model lacks, NaN) go to the model of all interactions;</li>
 *   <li>generalised: when the exact segment is too small or has no score, the segment of the emotion's
 *       valence class (positive, neutral, negative) answers before the model of all interactions.</li>
 * </ul>
 */
public final class PreFilter extends Component<PreFilter.Config> {

    /** The context-free base algorithm, with its default config. */
    public enum Base { BIASEDMF, ITEMKNN, POP }

    /**
     * @param base the base algorithm
     * @param minRows fewest interactions a segment needs for its own model, ≥ 1
     * @param generalised whether to fall back on the valence class before all interactions
     */
    public record Config(Base base, int minRows, boolean generalised) {
        public Config {
            java.util.Objects.requireNonNull(base, "base");
            if (minRows < 1) {
                throw new IllegalArgumentException("minRows " + minRows + " must be >= 1");
            }
        }

        /** Biased MF base, segments of at least 200 interactions, generalised. */
        public static Config defaults() {
            return new Config(Base.BIASEDMF, 200, true);
        }
    }


    public PreFilter(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return config.generalised() ? "prefilter-generalised" : "prefilter-exact";
    }

    private Recommender base() {
        return switch (config.base()) {
            case BIASEDMF -> new Camf(Camf.Config.biasedMf());
            case ITEMKNN -> new ItemKnn(ItemKnn.Config.defaults());
            case POP -> new Popularity(Popularity.Config.defaults());
        };
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        Recommender base = base();
        Model all = base.fit(log);
        Model[] exact = segments(log, Conditions.EMOTIONS, r -> Conditions.emotion(log.context(r)), base);
        Model[] byValence = config.generalised()
                ? segments(log, Conditions.VALENCE_CLASSES, r -> Conditions.valenceClass(Conditions.emotion(log.context(r))), base)
                : new Model[Conditions.VALENCE_CLASSES];
        return new Fitted(name(), config, log.viewers(), log.videos(), log.byViewer(), all, exact, byValence);
    }

    /** A model per condition 1..n−1 with at least minRows rows (null otherwise; condition 0 = unknown never gets one). */
    private Model[] segments(InteractionLog log, int n, IntUnaryOperator condition, Recommender base) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            rows.add(new ArrayList<>());
        }
        for (int r = 0; r < log.size(); r++) {
            rows.get(condition.applyAsInt(r)).add(r);
        }
        Model[] models = new Model[n];
        for (int c = 1; c < n; c++) {
            if (rows.get(c).size() >= config.minRows()) {
                models[c] = base.fit(log.subset(rows.get(c).stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return models;
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        Recommender base = new PreFilter(c).base();
        Model all = Model.readNested(h.in(), base);
        Model[] exact = new Model[Conditions.EMOTIONS];
        Model[] byValence = new Model[Conditions.VALENCE_CLASSES];
        for (Model[] group : new Model[][] {exact, byValence}) {
            for (int k = 0; k < group.length; k++) {
                group[k] = h.in().readBoolean() ? Model.readNested(h.in(), base) : null;
            }
        }
        return new Fitted(name(), c, h.viewers(), h.videos(), h.history(), all, exact, byValence);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final Model all;
        private final Model[] exact;
        private final Model[] byValence;

        Fitted(String name, Config config, IdMap viewers, IdMap videos, SparseRows history, Model all, Model[] exact,
                Model[] byValence) {
            super(name, config, viewers, videos, history);
            this.config = config;
            this.all = all;
            this.exact = exact;
            this.byValence = byValence;
        }



        @Override
        public boolean predictsRatings() {
            return all.predictsRatings();
        }

        /** The models to ask, most specific first. */
        private Model[] chain(Context context) {
            int e = Conditions.emotion(context);
            Model a = exact[e];
            Model b = config.generalised() ? byValence[Conditions.valenceClass(e)] : null;
            return new Model[] {a, b, all};
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            Arrays.fill(out, Double.NaN);
            double[] tmp = new double[out.length];
            for (Model m : chain(context)) {
                if (m == null || (m != all && !m.hasHistory(viewer))) {
                    continue; // a segment that never saw this viewer has no personal scores for them
                }
                m.scoreAll(viewer, context, tmp);
                for (int i = 0; i < out.length; i++) {
                    if (Double.isNaN(out[i])) {
                        out[i] = tmp[i];
                    }
                }
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            for (Model m : chain(context)) {
                if (m != null && m.hasHistory(viewer) && m.trained(video)) {
                    double s = m.score(viewer, video, context);
                    if (!Double.isNaN(s)) {
                        return s;
                    }
                }
            }
            return all.score(viewer, video, context);
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            writeNested(out, all);
            for (Model[] group : new Model[][] {exact, byValence}) {
                for (Model m : group) {
                    out.writeBoolean(m != null);
                    if (m != null) {
                        writeNested(out, m);
                    }
                }
            }
        }
    }
}
