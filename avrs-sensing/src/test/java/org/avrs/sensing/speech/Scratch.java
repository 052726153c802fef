package org.avrs.sensing.speech;

import java.nio.file.Path;
import org.avrs.core.data.Dataset;
import org.avrs.core.metrics.ClassificationMetrics;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.core.testing.SharedData;
import org.avrs.learn.CrossValidation;
import org.avrs.learn.GroupNormalization;
import org.avrs.learn.SvmTrainer;
import org.avrs.signal.io.WavReader;
import org.junit.jupiter.api.Test;

class Scratch {
    @Test
    void run() {
        Dataset<Path> files = EmoDb.load(SharedData.require("emodb"));
        long t0 = System.nanoTime();
        for (int m : new int[] {13, 20}) {
            SpeechFeatures f = new SpeechFeatures(m, java.util.List.of(org.avrs.signal.summary.Functionals.Statistic.values()));
            Dataset<double[]> x = files.map(p -> f.extract(WavReader.read(p), p.toString()));
            System.out.printf("features %d dims in %.1f s%n", f.dimension(), (System.nanoTime() - t0) / 1e9);
            for (boolean norm : new boolean[] {false, true}) {
                Dataset<double[]> d = norm ? GroupNormalization.apply(x) : x;
                for (double c : new double[] {1, 10}) {
                    var r = CrossValidation.run(new SvmTrainer(SvmTrainer.Config.defaults().withCost(c).withProbability(false)), d,
                            new LeaveOneGroupOut(), 2, CrossValidation.Progress.NONE);
                    ConfusionMatrix cm = ConfusionMatrix.of(r.truth(), r.predicted(), d.labels());
                    System.out.printf("mfcc=%d norm=%s C=%s UAR %.3f WAR %.3f (%.1f s)%n", m, norm, c,
                            ClassificationMetrics.uar(cm), ClassificationMetrics.war(cm), (System.nanoTime() - t0) / 1e9);
                }
            }
        }
    }
}
