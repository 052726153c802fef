package org.avrs.recommend.algo;

import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.InteractionLog;

/**
 * Biased matrix factorisation by stochastic gradient descent (Koren, Bell and Volinsky, "Matrix
 * factorization techniques for recommender systems", IEEE Computer 42(8):30–37, 2009,
 * doi:10.1109/MC.2009.263): r̂_ui = μ + b_u + b_i + p_uᵀ q_i, minimising the squared error plus
 * λ(‖p_u‖² + ‖q_i‖²) + λ_b(b_u² + b_i²). Each epoch visits the ratings in a seeded random order with
 * e = r − r̂: b_u += η(e − λ_b b_u), b_i += η(e − λ_b b_i), p_u += η(e q_i − λ p_u), q_i += η(e p_u − λ q_i).
 * Factors start N(0, 0.1²). Single-threaded, so the same seed gives the same model.
 */
public final class BiasedMf implements Recommender {

    /**
     * @param factors f ≥ 1
     * @param epochs passes over the ratings ≥ 1
     * @param learningRate η &gt; 0
     * @param lambda factor regularisation ≥ 0
     * @param biasLambda bias regularisation ≥ 0
     * @param seed seed of initialisation and visiting order
     */
    public record Config(int factors, int epochs, double learningRate, double lambda, double biasLambda, long seed) {
        public Config {
            Checks.positive("factors", factors);
            Checks.positive("epochs", epochs);
            Checks.positive("learningRate", learningRate);
            Checks.nonNegative("lambda", lambda);
            Checks.nonNegative("biasLambda", biasLambda);
        }

        /** f 32, 40 epochs, η 0.007, λ 0.05, λ_b 0.01 (in the range Koren et al. report for Netflix data). */
        public static Config defaults() {
            return new Config(32, 40, 0.007, 0.05, 0.01, 42);
        }
    }

    private final Config config;

    public BiasedMf(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "biasedmf";
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int f = config.factors();
        SplittableRandom rnd = new SplittableRandom(config.seed());
        double[] p = gaussian(log.viewers().size() * f, rnd);
        double[] q = gaussian(log.videos().size() * f, rnd);
        double[] bu = new double[log.viewers().size()];
        double[] bi = new double[log.videos().size()];
        double mu = log.meanValue();
        double eta = config.learningRate();
        double lambda = config.lambda();
        double lb = config.biasLambda();
        int[] order = new int[log.size()];
        java.util.Arrays.setAll(order, i -> i);
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            Shuffle.ints(order, rnd);
            for (int r : order) {
                int u = log.viewer(r);
                int i = log.video(r);
                int po = u * f;
                int qo = i * f;
                double dot = 0;
                for (int c = 0; c < f; c++) {
                    dot += p[po + c] * q[qo + c];
                }
                double e = log.value(r) - (mu + bu[u] + bi[i] + dot);
                bu[u] += eta * (e - lb * bu[u]);
                bi[i] += eta * (e - lb * bi[i]);
                for (int c = 0; c < f; c++) {
                    double pc = p[po + c];
                    double qc = q[qo + c];
                    p[po + c] += eta * (e * qc - lambda * pc);
                    q[qo + c] += eta * (e * pc - lambda * qc);
                }
            }
        }
        return new FactorModel(name(), config, log.viewers(), log.videos(), log.byViewer(), f, p, q, mu, bu, bi, true);
    }

    static double[] gaussian(int n, SplittableRandom rnd) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            // Box–Muller from the seeded stream
            double u1 = 1 - rnd.nextDouble();
            double u2 = rnd.nextDouble();
            a[i] = 0.1 * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return a;
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        return FactorModel.read(h, name(), ConfigJson.read(h.configJson(), Config.class));
    }
}
