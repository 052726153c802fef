package org.avrs.recommend.context;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.avrs.recommend.Component;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.algo.Seeded;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * A factorization machine with context features (Rendle, Gantner, Freudenthaler and Schmidt-Thieme,
 * "Fast context-aware recommendations with factorization machines", SIGIR 2011,
 * doi:10.1145/2009916.2009988): one-hot fields viewer, video and — with {@code useContext} — the
 * emotion and mood conditions ({@link Conditions}; an unknown condition sets no feature):
 *
 * <pre>  ŷ(x) = w_0 + Σ_j w_j x_j + Σ_{j &lt; l} ⟨v_j, v_l⟩ x_j x_l</pre>
 *
 * fitted by SGD on the squared error (seeded order, η, λ on w and v, w_0 unregularised, v ~ N(0, 0.1²)).
 * Without context it is the context-free counterpart. A viewer without history has no viewer feature.
 */
public final class FactorizationMachine extends Component<FactorizationMachine.Config> {

    /**
     * @param factors f ≥ 1
     * @param epochs ≥ 1
     * @param learningRate η &gt; 0
     * @param lambda regularisation ≥ 0
     * @param useContext whether the emotion and mood fields are used
     * @param seed seed
     */
    public record Config(int factors, int epochs, double learningRate, double lambda, boolean useContext, long seed) {
        public Config {
            if (factors < 1 || epochs < 1 || !(learningRate > 0) || !(lambda >= 0)) {
                throw new IllegalArgumentException("need factors, epochs >= 1, learningRate > 0, lambda >= 0; got "
                        + factors + ", " + epochs + ", " + learningRate + ", " + lambda);
            }
        }

        /** f 8, 30 epochs, η 0.01, λ 0.02, with context. */
        public static Config defaults() {
            return new Config(8, 30, 0.01, 0.02, true, 42);
        }
    }

    public FactorizationMachine(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return config.useContext() ? "fm-context" : "fm";
    }

    private static int features(int viewers, int videos) {
        return viewers + videos + (Conditions.EMOTIONS - 1) + (Conditions.MOODS - 1);
    }

    /** Active feature indices of a (viewer, video, context); −1 marks an absent field. */
    private static int[] active(int u, int i, int e, int m, int viewers, int videos, boolean context) {
        int base = viewers + videos;
        return new int[] {u, viewers + i, context && e > 0 ? base + e - 1 : -1,
            context && m > 0 ? base + Conditions.EMOTIONS - 1 + m - 1 : -1};
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int nu = log.viewers().size();
        int ni = log.videos().size();
        int f = config.factors();
        int n = features(nu, ni);
        SplittableRandom rnd = new SplittableRandom(config.seed());
        double[] w = new double[n];
        double[] v = Seeded.gaussian(n * f, 0.1, rnd);
        double[] w0 = {log.meanValue()};
        int[] order = new int[log.size()];
        java.util.Arrays.setAll(order, r -> r);
        double eta = config.learningRate();
        double lambda = config.lambda();
        double[] sum = new double[f];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            Seeded.shuffle(order, rnd);
            for (int r : order) {
                Context c = log.context(r);
                int[] x = active(log.viewer(r), log.video(r), Conditions.emotion(c), Conditions.mood(c), nu, ni,
                        config.useContext());
                double err = fmPredict(w0[0], w, v, f, x, sum) - log.value(r);
                w0[0] -= eta * err;
                for (int j : x) {
                    if (j < 0) {
                        continue;
                    }
                    w[j] -= eta * (err + lambda * w[j]);
                    for (int k = 0; k < f; k++) {
                        double grad = sum[k] - v[j * f + k]; // ∂ŷ/∂v_jk for one-hot x
                        v[j * f + k] -= eta * (err * grad + lambda * v[j * f + k]);
                    }
                }
            }
        }
        return new Fitted(name(), config, log.viewers(), log.videos(), log.byViewer(), w0[0], w, v);
    }

    /** ŷ for active one-hot features; leaves Σ_j v_jk in {@code sum} for the gradient. */
    static double fmPredict(double w0, double[] w, double[] v, int f, int[] x, double[] sum) {
        double y = w0;
        java.util.Arrays.fill(sum, 0);
        double squares = 0;
        for (int j : x) {
            if (j < 0) {
                continue;
            }
            y += w[j];
            for (int k = 0; k < f; k++) {
                sum[k] += v[j * f + k];
                squares += v[j * f + k] * v[j * f + k];
            }
        }
        double pair = 0;
        for (int k = 0; k < f; k++) {
            pair += sum[k] * sum[k];
        }
        return y + 0.5 * (pair - squares);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        double w0 = h.in().readDouble();
        double[] w = BinaryIo.readDoubles(h.in());
        double[] v = BinaryIo.readDoubles(h.in());
        int n = features(h.viewers().size(), h.videos().size());
        Model.checkLength("FM weights", w.length, n);
        Model.checkLength("FM factors", v.length, (long) n * c.factors());
        return new Fitted(name(), c, h.viewers(), h.videos(), h.history(), w0, w, v);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final double w0;
        private final double[] w;
        private final double[] v;

        Fitted(String name, Config config, IdMap viewers, IdMap videos, SparseRows history, double w0, double[] w,
                double[] v) {
            super(name, config, viewers, videos, history);
            this.config = config;
            this.w0 = w0;
            this.w = w;
            this.v = v;
        }

        @Override
        public boolean predictsRatings() {
            return true;
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            int e = Conditions.emotion(context);
            int m = Conditions.mood(context);
            double[] sum = new double[config.factors()];
            int u = hasHistory(viewer) ? viewer : -1;
            for (int i = 0; i < out.length; i++) {
                out[i] = fmPredict(w0, w, v, config.factors(),
                        active(u, i, e, m, viewers.size(), videos.size(), config.useContext()), sum);
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            int u = hasHistory(viewer) ? viewer : -1;
            return fmPredict(w0, w, v, config.factors(), active(u, video, Conditions.emotion(context),
                    Conditions.mood(context), viewers.size(), videos.size(), config.useContext()),
                    new double[config.factors()]);
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            out.writeDouble(w0);
            BinaryIo.writeDoubles(out, w);
            BinaryIo.writeDoubles(out, v);
        }
    }
}
