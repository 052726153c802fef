package org.avrs.recommend.context;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.algo.Seeded;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Context-aware matrix factorisation, CAMF (Baltrunas, Ludwig and Ricci, "Matrix factorization
 * techniques for context aware recommendation", RecSys 2011, doi:10.1145/2043932.2043988), with the
 * viewer's affect as context ({@link Conditions}: emotion and mood):
 *
 * <pre>  r̂(u, i, c) = μ + b_u + b_i + p_uᵀ q_i + Σ_{dimensions d} B_d(·, c_d)</pre>
 *
 * where the context bias B_d is one value per condition (CAMF-C), per video and condition (CAMF-CI) or
 * per viewer and condition (CAMF-CU); variant NONE has no context term: it is biased matrix
 * factorisation (Koren, Bell and Volinsky, IEEE Computer 42(8):30–37, 2009, doi:10.1109/MC.2009.263),
 * the context-free counterpart, named "biasedmf". An unknown condition contributes 0; a viewer without
 * history gets μ + b_i (+ the context bias for C and CI). Fitted by SGD over the ratings in a seeded
 * random order, e = r − r̂: each bias b += η(e − λ_b b), p_u += η(e q_i − λ p_u), q_i += η(e p_u − λ q_i);
 * factors start N(0, 0.1²); single-threaded, so a seed gives one model.
 */
public final class Camf extends Component<Camf.Config> {

    /** Which context bias is learned. */
    public enum Variant { NONE, C, CI, CU }

    /**
     * @param variant the CAMF variant
     * @param factors f ≥ 1
     * @param epochs ≥ 1
     * @param learningRate η &gt; 0
     * @param lambda factor regularisation ≥ 0
     * @param biasLambda bias regularisation ≥ 0
     * @param seed seed
     */
    public record Config(Variant variant, int factors, int epochs, double learningRate, double lambda, double biasLambda,
            long seed) {
        public Config {
            java.util.Objects.requireNonNull(variant, "variant");
            if (factors < 1 || epochs < 1) {
                throw new IllegalArgumentException("factors " + factors + " and epochs " + epochs + " must be >= 1");
            }
            if (!(learningRate > 0) || !(lambda >= 0) || !(biasLambda >= 0)) {
                throw new IllegalArgumentException("learningRate " + learningRate + " must be > 0, lambda " + lambda
                        + " and biasLambda " + biasLambda + " >= 0");
            }
        }

        /** CAMF-CU, f 32, 40 epochs, η 0.007, λ 0.05, λ_b 0.01 (in the range Koren et al. report for Netflix data). */
        public static Config defaults() {
            return new Config(Variant.CU, 32, 40, 0.007, 0.05, 0.01, 42);
        }

        /** Biased MF (variant NONE) with the same settings. */
        public static Config biasedMf() {
            return defaults().withVariant(Variant.NONE);
        }

        /** This config with another variant. */
        public Config withVariant(Variant v) {
            return new Config(v, factors, epochs, learningRate, lambda, biasLambda, seed);
        }
    }


    public Camf(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return config.variant() == Variant.NONE ? "biasedmf" : "camf-" + config.variant().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Rows of the context-bias tables: 1 (C), videos (CI), viewers (CU), 0 (NONE). */
    private static int keys(Variant v, int viewers, int videos) {
        return switch (v) {
            case NONE -> 0;
            case C -> 1;
            case CI -> videos;
            case CU -> viewers;
        };
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int f = config.factors();
        int nu = log.viewers().size();
        int ni = log.videos().size();
        Variant variant = config.variant();
        int keys = keys(variant, nu, ni);
        SplittableRandom rnd = new SplittableRandom(config.seed());
        double[] p = Seeded.gaussian(nu * f, 0.1, rnd);
        double[] q = Seeded.gaussian(ni * f, 0.1, rnd);
        double[] bu = new double[nu];
        double[] bi = new double[ni];
        double[] be = new double[keys * Conditions.EMOTIONS];
        double[] bm = new double[keys * Conditions.MOODS];
        int[] emotion = new int[log.size()];
        int[] mood = new int[log.size()];
        for (int r = 0; r < log.size(); r++) {
            emotion[r] = Conditions.emotion(log.context(r));
            mood[r] = Conditions.mood(log.context(r));
        }
        double mu = log.meanValue();
        double eta = config.learningRate();
        double lambda = config.lambda();
        double lb = config.biasLambda();
        int[] order = new int[log.size()];
        java.util.Arrays.setAll(order, i -> i);
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            Seeded.shuffle(order, rnd);
            for (int r : order) {
                int u = log.viewer(r);
                int i = log.video(r);
                int key = variant == Variant.CI ? i : variant == Variant.CU ? u : 0;
                int e = emotion[r];
                int m = mood[r];
                int eo = key * Conditions.EMOTIONS + e;
                int mo = key * Conditions.MOODS + m;
                double dot = 0;
                for (int c = 0; c < f; c++) {
                    dot += p[u * f + c] * q[i * f + c];
                }
                double ctx = 0;
                if (keys > 0) {
                    ctx = (e > 0 ? be[eo] : 0) + (m > 0 ? bm[mo] : 0);
                }
                double err = log.value(r) - (mu + bu[u] + bi[i] + dot + ctx);
                bu[u] += eta * (err - lb * bu[u]);
                bi[i] += eta * (err - lb * bi[i]);
                if (keys > 0 && e > 0) {
                    be[eo] += eta * (err - lb * be[eo]);
                }
                if (keys > 0 && m > 0) {
                    bm[mo] += eta * (err - lb * bm[mo]);
                }
                for (int c = 0; c < f; c++) {
                    double pc = p[u * f + c];
                    double qc = q[i * f + c];
                    p[u * f + c] += eta * (err * qc - lambda * pc);
                    q[i * f + c] += eta * (err * pc - lambda * qc);
                }
            }
        }
        return new Fitted(name(), config, log.viewers(), log.videos(), log.byViewer(), mu, bu, bi, p, q, be, bm);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        double mu = h.in().readDouble();
        double[][] a = new double[6][];
        for (int k = 0; k < a.length; k++) {
            a[k] = BinaryIo.readDoubles(h.in());
        }
        int nu = h.viewers().size();
        int ni = h.videos().size();
        int keys = keys(c.variant(), nu, ni);
        Model.checkLength("viewer biases", a[0].length, nu);
        Model.checkLength("video biases", a[1].length, ni);
        Model.checkLength("viewer factors", a[2].length, (long) nu * c.factors());
        Model.checkLength("video factors", a[3].length, (long) ni * c.factors());
        Model.checkLength("emotion biases", a[4].length, (long) keys * Conditions.EMOTIONS);
        Model.checkLength("mood biases", a[5].length, (long) keys * Conditions.MOODS);
        return new Fitted(name(), c, h.viewers(), h.videos(), h.history(), mu, a[0], a[1], a[2], a[3], a[4], a[5]);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final double mu;
        private final double[] bu;
        private final double[] bi;
        private final double[] p;
        private final double[] q;
        private final double[] be;
        private final double[] bm;

        Fitted(String name, Config config, IdMap viewers, IdMap videos, SparseRows history, double mu, double[] bu,
                double[] bi, double[] p, double[] q, double[] be, double[] bm) {
            super(name, config, viewers, videos, history);
            this.config = config;
            this.mu = mu;
            this.bu = bu;
            this.bi = bi;
            this.p = p;
            this.q = q;
            this.be = be;
            this.bm = bm;
        }



        @Override
        public boolean predictsRatings() {
            return true;
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            int e = Conditions.emotion(context);
            int m = Conditions.mood(context);
            for (int i = 0; i < out.length; i++) {
                out[i] = predict(viewer, i, e, m);
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            return predict(viewer, video, Conditions.emotion(context), Conditions.mood(context));
        }

        private double predict(int u, int i, int e, int m) {
            boolean known = hasHistory(u);
            double s = mu + bi[i] + (known ? bu[u] : 0);
            int f = config.factors();
            if (known) {
                for (int c = 0; c < f; c++) {
                    s += p[u * f + c] * q[i * f + c];
                }
            }
            Variant v = config.variant();
            if (v != Variant.NONE && !(v == Variant.CU && !known)) {
                int key = v == Variant.CI ? i : v == Variant.CU ? u : 0;
                s += (e > 0 ? be[key * Conditions.EMOTIONS + e] : 0) + (m > 0 ? bm[key * Conditions.MOODS + m] : 0);
            }
            return s;
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            out.writeDouble(mu);
            for (double[] a : new double[][] {bu, bi, p, q, be, bm}) {
                BinaryIo.writeDoubles(out, a);
            }
        }
    }
}
