package org.avrs.sensing.eeg;

import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.learn.Classifier;
import org.avrs.learn.KnnTrainer;

/**
 * A cheap raw-window model for tests of selection and protocols (no native engine): the log variance of
 * each channel of the window, classified by k-nearest neighbours on standardized values.
 */
final class LogPowerTrainer implements WindowTrainer<EegWindow> {

    static double[] logPower(EegWindow w) {
        double[] out = new double[w.channelCount()];
        for (int c = 0; c < out.length; c++) {
            double[] x = w.channel(c);
            double m = java.util.Arrays.stream(x).average().orElse(0);
            double v = 0;
            for (double d : x) {
                v += (d - m) * (d - m);
            }
            out[c] = Math.log(v / x.length + 1e-12);
        }
        return out;
    }

    @Override
    public String describe() {
        return "log-power knn";
    }

    @Override
    public WindowModel<EegWindow> fit(Dataset<EegWindow> training) {
        Classifier c = new KnnTrainer(new KnnTrainer.Config(7, KnnTrainer.Weighting.UNIFORM))
                .fit(training.map(LogPowerTrainer::logPower));
        List<String> channels = training.get(0).input().channels();
        return new WindowModel<>() {
            @Override
            public EmotionSet labels() {
                return c.labels();
            }

            @Override
            public double[][] probabilities(List<EegWindow> windows) {
                return windows.stream().map(w -> c.probabilities(logPower(w))).toArray(double[][]::new);
            }

            @Override
            public List<String> channels() {
                return channels;
            }
        };
    }
}
