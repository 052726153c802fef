package org.avrs.learn;

import java.util.Locale;
import org.avrs.core.data.Dataset;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;

/**
 * A C-SVM with an RBF kernel k(x, y) = exp(−γ‖x − y‖²) on standardized features (LibSVM through
 * Tribuo). Multi-class by LibSVM's one-vs-one voting; with {@code probability} on, class probabilities
 * come from LibSVM's Platt scaling with pairwise coupling (Wu, Lin and Weng, JMLR 5, 2004).
 */
public final class SvmTrainer implements ClassifierTrainer {

    /**
     * @param cost the penalty C &gt; 0
     * @param gamma the kernel width γ &gt; 0, or NaN for scikit-learn's "scale": γ = 1 / (d · Var(X)) over
     *     the standardized training matrix X with d columns
     * @param probability fit probability estimates (five-fold internal cross-validation: ~5× slower)
     * @param seed seed of LibSVM's internal cross-validation
     */
    public record Config(double cost, double gamma, boolean probability, long seed) {

        public Config {
            if (!(cost > 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("cost " + cost + " must be > 0 and finite");
            }
            if (!Double.isNaN(gamma) && (!(gamma > 0) || Double.isInfinite(gamma))) {
                throw new IllegalArgumentException("gamma " + gamma + " must be > 0 and finite, or NaN for 'scale'");
            }
        }

        /** C = 10, γ = scale, probabilities on, seed 42. */
        public static Config defaults() {
            return new Config(10, Double.NaN, true, 42);
        }

        public Config withCost(double c) {
            return new Config(c, gamma, probability, seed);
        }

        public Config withGamma(double g) {
            return new Config(cost, g, probability, seed);
        }

        public Config withProbability(boolean p) {
            return new Config(cost, gamma, p, seed);
        }
    }

    static {
        // LibSVM prints its optimiser's progress to stdout by default; AVRS's stdout carries results only.
        libsvm.svm.svm_set_print_string_function(message -> { });
    }

    private final Config config;

    public SvmTrainer(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "svm(kernel=rbf, C=%s, gamma=%s, probability=%s, seed=%d)",
                config.cost(), Double.isNaN(config.gamma()) ? "scale" : Double.toString(config.gamma()),
                config.probability(), config.seed());
    }

    @Override
    public Classifier fit(Dataset<double[]> training) {
        return TribuoTrainers.fit(this, training, scaled -> {
            SVMParameters<org.tribuo.classification.Label> params = new SVMParameters<>(
                    new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC), KernelType.RBF);
            params.setCost(config.cost());
            params.setGamma(Double.isNaN(config.gamma()) ? scaleGamma(scaled) : config.gamma());
            params.setCacheSize(200);
            if (config.probability()) {
                params.setProbability();
            }
            return new LibSVMClassificationTrainer(params, config.seed());
        });
    }

    /** scikit-learn's gamma="scale": 1 / (d · Var(X)), Var over all entries of X. */
    static double scaleGamma(double[][] x) {
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (double[] row : x) {
            for (double v : row) {
                sum += v;
                sumSq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        return var > 0 ? 1.0 / (x[0].length * var) : 1.0;
    }
}
