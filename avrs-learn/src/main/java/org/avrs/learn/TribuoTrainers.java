package org.avrs.learn;

import org.avrs.core.data.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;

/**
 * The fit path shared by every Tribuo-backed trainer: take the labelled rows, fit a
 * {@link Standardizer} on them, train the Tribuo trainer on the scaled rows, and wrap the result.
 */
final class TribuoTrainers {

    private TribuoTrainers() {
    }

    /** Chooses the Tribuo trainer once the scaled training rows are known (e.g. for gamma = "scale"). */
    @FunctionalInterface
    interface Factory {
        Trainer<Label> create(double[][] scaledRows);
    }

    static Classifier fit(ClassifierTrainer owner, Dataset<double[]> training, Factory factory) {
        TribuoData.LabelledRows data = TribuoData.labelledRows(training);
        Standardizer standardizer = Standardizer.fit(data.rows());
        double[][] scaled = standardizer.apply(data.rows());
        Trainer<Label> trainer = factory.create(scaled);
        Model<Label> model = trainer.train(TribuoData.trainingSet(training.name(), scaled, data.labels(),
                training.labels()));
        return new TribuoClassifier(model, standardizer, training.labels(), Provenance.of(owner, training));
    }
}
