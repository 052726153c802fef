package org.avrs.cli.eeg;

import java.util.List;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.ForestTrainer;
import org.avrs.learn.KnnTrainer;
import org.avrs.learn.MlpTrainer;
import org.avrs.learn.SvmTrainer;

/** The classical classifiers the EEG and physiology commands offer, by name. */
public final class Classifiers {

    /** The names accepted by {@link #named}. */
    public static final List<String> NAMES = List.of("svm", "mlp", "knn", "rf");

    private Classifiers() {
    }

    /**
     * svm: RBF C-SVM, C 10, γ "scale"; mlp: one hidden layer of 32 ReLU units, Adam, batch 16, L2 α 1 (strong:
     * EEG feature vectors have hundreds of columns and a subject's fold a few dozen windows; scikit-learn's
     * α 1e-4 overfits there); knn: k 5; rf: 100 trees of depth ≤ 12, √d features per split.
     *
     * @throws IllegalArgumentException for another name
     */
    public static ClassifierTrainer named(String name, long seed) {
        return switch (name) {
            case "svm" -> new SvmTrainer(new SvmTrainer.Config(10, Double.NaN, false, seed));
            case "mlp" -> new MlpTrainer(new MlpTrainer.Config(List.of(32), 200, 16, 1e-3, 1.0, 1e-4, 10, seed));
            case "knn" -> new KnnTrainer(KnnTrainer.Config.defaults());
            case "rf" -> new ForestTrainer(new ForestTrainer.Config(100, 12, 0, seed));
            default -> throw new IllegalArgumentException("classifier '" + name + "' must be one of " + NAMES);
        };
    }
}
