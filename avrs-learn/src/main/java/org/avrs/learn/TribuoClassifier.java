package org.avrs.learn;

import java.util.Map;
import org.avrs.core.EmotionSet;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * A Tribuo classification model behind the {@link Classifier} interface, with the standardizer fitted
 * on its training fold. Models without probability estimates (a plain SVM) give a one-hot
 * distribution on the predicted class.
 */
final class TribuoClassifier implements Classifier {

    private final Model<Label> model;
    private final Standardizer standardizer;
    private final EmotionSet labels;
    private final Provenance provenance;
    private final String[] featureNames;

    TribuoClassifier(Model<Label> model, Standardizer standardizer, EmotionSet labels, Provenance provenance) {
        this.model = model;
        this.standardizer = standardizer;
        this.labels = labels;
        this.provenance = provenance;
        this.featureNames = TribuoData.featureNames(standardizer.dimension());
    }

    Model<Label> model() {
        return model;
    }

    Standardizer standardizer() {
        return standardizer;
    }

    @Override
    public EmotionSet labels() {
        return labels;
    }

    @Override
    public int featureCount() {
        return standardizer.dimension();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    TribuoClassifier withProvenance(Provenance p) {
        return new TribuoClassifier(model, standardizer, labels, p);
    }

    @Override
    public double[] probabilities(double[] features) {
        for (int j = 0; j < features.length; j++) {
            if (!Double.isFinite(features[j])) {
                throw new IllegalArgumentException("feature " + j + " is " + features[j]);
            }
        }
        Prediction<Label> prediction = model.predict(TribuoData.example(featureNames, standardizer.apply(features)));
        double[] p = new double[labels.size()];
        if (prediction.hasProbabilities()) {
            double sum = 0;
            for (Map.Entry<String, Label> e : prediction.getOutputScores().entrySet()) {
                double score = Math.max(0, e.getValue().getScore());
                p[labels.indexOf(e.getKey())] = score;
                sum += score;
            }
            if (sum > 0) {
                for (int i = 0; i < p.length; i++) {
                    p[i] /= sum;
                }
                return p;
            }
        }
        p[labels.indexOf(prediction.getOutput().getLabel())] = 1;
        return p;
    }
}
