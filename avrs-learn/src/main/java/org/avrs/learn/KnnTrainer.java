package org.avrs.learn;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;

/**
 * k-nearest neighbours (Cover &amp; Hart 1967, doi:10.1109/TIT.1967.1053964) on standardized features
 * with the Euclidean distance. The class probabilities of a vector are the votes of its k nearest
 * training rows, each vote weighing 1 ({@link Weighting#UNIFORM}, scikit-learn's default) or 1/d
 * ({@link Weighting#DISTANCE}; a row at distance 0 then takes all the weight, shared among such rows).
 * Neighbours at equal distance are taken in training order. With fewer than k training rows all of them
 * vote.
 */
public final class KnnTrainer implements ClassifierTrainer {

    /** How neighbours' votes are weighed. */
    public enum Weighting { UNIFORM, DISTANCE }

    /**
     * @param k neighbours, &ge; 1
     * @param weighting vote weights
     */
    public record Config(int k, Weighting weighting) {
        public Config {
            if (k < 1) {
                throw new IllegalArgumentException("k " + k + " must be >= 1");
            }
            Objects.requireNonNull(weighting, "weighting");
        }

        /** k = 5, uniform votes (scikit-learn's KNeighborsClassifier defaults). */
        public static Config defaults() {
            return new Config(5, Weighting.UNIFORM);
        }
    }

    private final Config config;

    public KnnTrainer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "knn(k=%d, weights=%s)", config.k(),
                config.weighting().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Classifier fit(Dataset<double[]> training) {
        TribuoData.LabelledRows data = TribuoData.labelledRows(training);
        Standardizer standardizer = Standardizer.fit(data.rows());
        return new Knn(standardizer, standardizer.apply(data.rows()), data.labels(), training.labels(), config,
                Provenance.of(this, training));
    }

    /** The fitted form: the standardized training rows with their class indices. */
    static final class Knn extends StandardizedClassifier {
        private final double[][] rows;
        private final int[] labels;
        private final Config config;
        private final int classes;

        /** Takes the arrays as they are (not copied): callers hand over arrays they do not keep. */
        Knn(Standardizer standardizer, double[][] rows, int[] labels, EmotionSet set, Config config,
            Provenance provenance) {
            super(standardizer, set, provenance);
            this.rows = rows;
            this.labels = labels;
            this.config = config;
            this.classes = set.size();
        }

        /** The standardized training rows, not copied: for {@link ModelPayload} only. */
        double[][] rows() {
            return rows;
        }

        /** The class index of each training row, not copied. */
        int[] rowLabels() {
            return labels;
        }

        Config config() {
            return config;
        }

        @Override
        double[] scaledProbabilities(double[] z) {
            int n = rows.length;
            double[] d2 = new double[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < z.length; j++) {
                    double diff = rows[i][j] - z[j];
                    s += diff * diff;
                }
                d2[i] = s;
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(d2[a], d2[b])); // stable: ties keep training order
            int k = Math.min(config.k(), n);
            double[] votes = new double[classes];
            boolean exact = config.weighting() == Weighting.DISTANCE && d2[order[0]] == 0;
            for (int r = 0; r < k; r++) {
                int i = order[r];
                double w;
                if (config.weighting() == Weighting.UNIFORM) {
                    w = 1;
                } else if (exact) {
                    w = d2[i] == 0 ? 1 : 0;
                } else {
                    w = 1 / Math.sqrt(d2[i]);
                }
                votes[labels[i]] += w;
            }
            double sum = Arrays.stream(votes).sum();
            for (int c = 0; c < classes; c++) {
                votes[c] /= sum;
            }
            return votes;
        }
    }
}
