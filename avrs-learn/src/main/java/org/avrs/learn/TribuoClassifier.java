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
final class TribuoClassifier extends StandardizedClassifier {

    private final Model<Label> model;
    private final String[] featureNames;

    TribuoClassifier(Model<Label> model, Standardizer standardizer, EmotionSet labels, Provenance provenance) {
        super(standardizer, labels, provenance);
        this.model = model;
        this.featureNames = TribuoData.featureNames(standardizer.dimension());
    }

    Model<Label> model() {
        return model;
    }

    TribuoClassifier withProvenance(Provenance p) {
        return new TribuoClassifier(model, standardizer(), labels(), p);
    }

    @Override
    double[] scaledProbabilities(double[] z) {
        Prediction<Label> prediction = model.predict(TribuoData.example(featureNames, z));
        EmotionSet labels = labels();
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
