package org.avrs.recommend.algo;

import java.io.IOException;
import java.io.InputStream;
import org.avrs.recommend.Component;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.InteractionLog;

/**
 * Explicit-rating ALS with weighted-λ regularisation, ALS-WR (Zhou, Wilkinson, Schreiber and Pan,
 * "Large-scale parallel collaborative filtering for the Netflix Prize", AAIM 2008,
 * doi:10.1007/978-3-540-68880-4_32): minimises Σ_{(u,i) observed} (r_ui − μ − x_uᵀ y_i)² +
 * λ (Σ_u n_u ‖x_u‖² + Σ_i n_i ‖y_i‖²), μ the global mean (centring is our addition; Spark's ALS has no
 * offset), solved row by row with conjugate gradient ({@link AlsSolver}). Predicts μ + x_uᵀ y_i; a
 * viewer without history gets μ.
 */
public final class Als extends Component<Als.Config> {

    /**
     * @param factors f ≥ 1
     * @param iterations alternations ≥ 1
     * @param lambda λ ≥ 0
     * @param weightedLambda scale λ by each row's rating count (ALS-WR, as Spark)
     * @param cgSteps conjugate-gradient steps per row and update ≥ 1
     * @param threads worker threads; 0 = all processors
     * @param seed seed of the random initial factors
     */
    public record Config(int factors, int iterations, double lambda, boolean weightedLambda, int cgSteps, int threads,
            long seed) {
        public Config {
            Checks.positive("factors", factors);
            Checks.positive("iterations", iterations);
            Checks.nonNegative("lambda", lambda);
            Checks.positive("cgSteps", cgSteps);
            Checks.nonNegative("threads", threads);
        }

        /** Spark's settings of split-seed42's README: f 32, 15 iterations, λ 0.1 (weighted); 3 CG steps. */
        public static Config defaults() {
            return new Config(32, 15, 0.1, true, 3, 0, 42);
        }
    }


    public Als(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "als";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        double mu = log.meanValue();
        double[][] xy = AlsSolver.alternate(log, config.factors(), config.iterations(), config.lambda(),
                config.weightedLambda(), false, 0, mu, config.cgSteps(), config.threads(), config.seed());
        return new FactorModel(name(), config, log.viewers(), log.videos(), log.byViewer(), config.factors(), xy[0], xy[1],
                mu, new double[log.viewers().size()], new double[log.videos().size()], true);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        return FactorModel.read(h, name(), ConfigJson.read(h.configJson(), Config.class));
    }
}
