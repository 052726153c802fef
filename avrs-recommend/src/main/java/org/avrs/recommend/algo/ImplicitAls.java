package org.avrs.recommend.algo;

import java.io.IOException;
import java.io.InputStream;
import org.avrs.recommend.Component;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.InteractionLog;

/**
 * Implicit-feedback ALS (Hu, Koren and Volinsky, "Collaborative filtering for implicit feedback
 * datasets", ICDM 2008, doi:10.1109/ICDM.2008.22) solved by conjugate gradient ({@link AlsSolver}):
 * minimises Σ_{u,i} c_ui (p_ui − x_uᵀ y_i)² + λ_u ‖x_u‖² + λ_i ‖y_i‖² over all pairs, with preference
 * p_ui = 1 for observed pairs and 0 otherwise and confidence c_ui = 1 + α r_ui. Scores x_uᵀ y_i rank
 * videos; they are not ratings.
 */
public final class ImplicitAls extends Component<ImplicitAls.Config> {

    /**
     * @param factors f ≥ 1
     * @param iterations alternations ≥ 1
     * @param lambda λ ≥ 0
     * @param alpha confidence slope α ≥ 0
     * @param weightedLambda scale λ by each row's interaction count (as Spark MLlib does)
     * @param binarize replace every value by 1 first (Spark's "ratings → 1" setting); else r_ui is the value
     * @param cgSteps conjugate-gradient steps per row and update ≥ 1
     * @param threads worker threads; 0 = all processors (results do not depend on it)
     * @param seed seed of the random initial factors
     */
    public record Config(int factors, int iterations, double lambda, double alpha, boolean weightedLambda,
            boolean binarize, int cgSteps, int threads, long seed) {
        public Config {
            Checks.positive("factors", factors);
            Checks.positive("iterations", iterations);
            Checks.nonNegative("lambda", lambda);
            Checks.nonNegative("alpha", alpha);
            Checks.positive("cgSteps", cgSteps);
            Checks.nonNegative("threads", threads);
        }

        /** Spark's settings of split-seed42's README: f 32, 15 iterations, λ 0.1, α 10, weighted λ, binarized; 3 CG steps. */
        public static Config defaults() {
            return new Config(32, 15, 0.1, 10, true, true, 3, 0, 42);
        }
    }


    public ImplicitAls(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "ials";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        InteractionLog data = config.binarize() ? log.binarized() : log;
        double[][] xy = AlsSolver.alternate(data, config.factors(), config.iterations(), config.lambda(),
                config.weightedLambda(), true, config.alpha(), 0, config.cgSteps(), config.threads(), config.seed());
        return new FactorModel(name(), config, log.viewers(), log.videos(), log.byViewer(), config.factors(), xy[0], xy[1],
                0, new double[log.viewers().size()], new double[log.videos().size()], false);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        return FactorModel.read(h, name(), ConfigJson.read(h.configJson(), Config.class));
    }
}
