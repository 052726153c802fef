package org.avrs.sensing.eeg;

import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.learn.SvmTrainer;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        DeapCorpus corpus = SyntheticCorpus.corpus(SyntheticCorpus.small(), "valence");
        Dataset<EegTrial> trials = corpus.all();
        Dataset<EegWindow> w = BandWindows.of(EegBands.named("gamma")).apply(trials);
        for (NetworkTrainer.Config c : List.of(NetworkTrainer.Config.shallowP3(20, 1), NetworkTrainer.Config.deep(20, 1), NetworkTrainer.Config.lstm(20, 1))) {
            for (ChannelSelection sel : java.util.Arrays.asList(null, ChannelSelection.fixed(ChannelStatistic.KURTOSIS, 6))) {
                EegResult r = EegEvaluation.windows(w, new NetworkTrainer(c), sel,
                        EegEvaluation.Config.defaults(), EegEvaluation.Progress.NONE);
                System.out.printf("%s sel %s acc %.3f f1 %.3f chance %.3f %.1f s ch %s%n", c.architecture(), sel, r.accuracy(), r.f1(), r.chance(), r.seconds(), r.perSubject().get(0).channels().get(0));
            }
        }
    }
}
