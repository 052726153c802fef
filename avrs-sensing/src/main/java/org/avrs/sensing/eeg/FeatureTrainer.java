package org.avrs.sensing.eeg;

import java.util.List;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.learn.Classifier;
import org.avrs.learn.ClassifierTrainer;

/** A classical classifier of feature vectors ({@link org.avrs.learn}) as a {@link WindowTrainer}. */
public record FeatureTrainer(ClassifierTrainer classifier) implements WindowTrainer<double[]> {

    public FeatureTrainer {
        Objects.requireNonNull(classifier, "classifier");
    }

    @Override
    public String describe() {
        return classifier.describe();
    }

    @Override
    public WindowModel<double[]> fit(Dataset<double[]> training) {
        Classifier fitted = classifier.fit(training);
        return new WindowModel<>() {
            @Override
            public EmotionSet labels() {
                return fitted.labels();
            }

            @Override
            public double[][] probabilities(List<double[]> windows) {
                return windows.stream().map(fitted::probabilities).toArray(double[][]::new);
            }
        };
    }
}
