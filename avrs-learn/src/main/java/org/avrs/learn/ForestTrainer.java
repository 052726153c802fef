package org.avrs.learn;

import java.util.Locale;
import org.avrs.core.data.Dataset;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;

/**
 * A random forest (Breiman 2001, doi:10.1023/A:1010933404324): bootstrap-sampled CART trees with Gini
 * impurity, each split choosing among a random fraction of the features; class probabilities are the
 * fraction of trees voting for each class.
 */
public final class ForestTrainer implements ClassifierTrainer {

    /**
     * @param trees number of trees &gt; 0
     * @param maxDepth maximum tree depth &gt; 0
     * @param featureFraction fraction of features considered at each split, in (0, 1]; 0 means 1/√d
     * @param seed seed of the bootstrap and feature sampling
     */
    public record Config(int trees, int maxDepth, double featureFraction, long seed) {

        public Config {
            if (trees <= 0) {
                throw new IllegalArgumentException("trees " + trees + " must be > 0");
            }
            if (maxDepth <= 0) {
                throw new IllegalArgumentException("maxDepth " + maxDepth + " must be > 0");
            }
            if (!(featureFraction >= 0 && featureFraction <= 1)) {
                throw new IllegalArgumentException("featureFraction " + featureFraction + " must be in [0, 1]");
            }
        }

        /** 300 trees, depth ≤ 20, 1/√d of the features per split, seed 42. */
        public static Config defaults() {
            return new Config(300, 20, 0, 42);
        }
    }

    /** Tribuo's bagging logs every tree at INFO; AVRS's stderr carries progress only. Kept strongly reachable. */
    private static final java.util.logging.Logger TRIBUO_ENSEMBLE = java.util.logging.Logger.getLogger(
            "org.tribuo.ensemble.BaggingTrainer");

    static {
        TRIBUO_ENSEMBLE.setLevel(java.util.logging.Level.WARNING);
    }

    private final Config config;

    public ForestTrainer(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "forest(trees=%d, maxDepth=%d, featureFraction=%s, seed=%d)",
                config.trees(), config.maxDepth(),
                config.featureFraction() == 0 ? "1/sqrt(d)" : Double.toString(config.featureFraction()), config.seed());
    }

    @Override
    public Classifier fit(Dataset<double[]> training) {
        return TribuoTrainers.fit(this, training, scaled -> {
            int d = scaled[0].length;
            float fraction = (float) (config.featureFraction() == 0 ? 1 / Math.sqrt(d) : config.featureFraction());
            CARTClassificationTrainer tree = new CARTClassificationTrainer(config.maxDepth(), 1f, 0f, fraction,
                    false, new GiniIndex(), config.seed());
            return new RandomForestTrainer<>(tree, new VotingCombiner(), config.trees(), config.seed());
        });
    }
}
