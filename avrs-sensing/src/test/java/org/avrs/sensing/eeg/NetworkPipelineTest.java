package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.deep.block.ShallowConvNet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P3's networks and the LSTM on band-passed windows (DJL, kept tiny: 3 subjects × 10 trials × 8 s, the six
 * planted channels, 8 epochs, leave-one-subject-out). The planted burst effect here is 3 (+300 % burst
 * amplitude in high-valence trials): the networks see 80 training windows, too few to learn the default
 * effect in 8 epochs (the default effect is checked with ShallowConvNet and channel selection below).
 */
class NetworkPipelineTest {

    private static final int EPOCHS = 8;
    private static Dataset<EegWindow> strong;

    @BeforeAll
    static void windows() {
        SyntheticDeap.Config c = SyntheticDeap.Config.small(3, 10, 8).withEffects(3, 1);
        strong = ChannelSubset.of(CorpusViews.windows(SyntheticCorpus.corpus(c, "valence"), List.of(),
                BandWindows.of(EegBands.named("gamma")), CorpusViews.Progress.NONE), c.plantedChannels());
    }

    private static EegResult loso(Dataset<EegWindow> data, NetworkTrainer.Config c) {
        EegResult r = EegEvaluation.windows(data, new NetworkTrainer(c), null, EegEvaluation.Config.defaults().with(
                EegEvaluation.Scheme.LOSO, EegEvaluation.Variant.LEAK_FREE), EegEvaluation.Progress.NONE);
        System.out.printf("%s: LOSO accuracy %.3f (chance %.3f), %.1f s%n", r.model(), r.accuracy(), r.chance(),
                r.seconds());
        return r;
    }

    @Test
    void shallowConvNetLearnsThePlantedEffectAndNotShuffledLabels() {
        EegResult real = loso(strong, NetworkTrainer.Config.shallowP3(EPOCHS, 1));
        assertThat(real.windows()).isEqualTo(120);
        assertThat(real.accuracy()).isGreaterThan(0.8);
        EegResult shuffled = loso(strong.withShuffledLabels(3), NetworkTrainer.Config.shallowP3(EPOCHS, 1));
        // 120 windows, labels shuffled across windows: chance ± 3 binomial SDs is 0.5 ± 0.14.
        assertThat(shuffled.accuracy()).isBetween(0.36, 0.64);
    }

    @Test
    void deepConvNetLearnsThePlantedEffect() {
        assertThat(loso(strong, NetworkTrainer.Config.deep(EPOCHS, 1)).accuracy()).isGreaterThan(0.8);
    }

    @Test
    void lstmLearnsThePlantedEffect() {
        assertThat(loso(strong, NetworkTrainer.Config.lstm(EPOCHS, 1).withTraining(
                new org.avrs.deep.train.TrainConfig(EPOCHS, 8, 3e-3, 1, EPOCHS, org.avrs.deep.train.TrainConfig.Monitor.LOSS,
                        List.of(), org.avrs.deep.train.TrainConfig.Outputs.LOGITS))).accuracy()).isGreaterThan(0.8);
    }

    /** The default effect, ShallowConvNet on the 6 kurtosis-selected of 32 channels, one subject. */
    @Test
    void selectedChannelsCarryTheDefaultEffect() {
        Dataset<EegWindow> gamma = CorpusViews.windows(SyntheticCorpus.corpus(SyntheticCorpus.small(), "valence"),
                List.of("s01"), BandWindows.of(EegBands.named("gamma")), CorpusViews.Progress.NONE);
        EegResult r = EegEvaluation.windows(gamma, new NetworkTrainer(NetworkTrainer.Config.shallowP3(10, 1)),
                ChannelSelection.fixed(ChannelStatistic.KURTOSIS, 6), EegEvaluation.Config.defaults(),
                EegEvaluation.Progress.NONE);
        System.out.printf("%s: accuracy %.3f; channels %s%n", r.model(), r.accuracy(), r.perSubject().get(0).channels());
        assertThat(r.accuracy()).isGreaterThan(0.8);
        assertThat(r.perSubject().get(0).channels()).allSatisfy(fold ->
                assertThat(fold).containsExactlyInAnyOrderElementsOf(SyntheticCorpus.small().plantedChannels()));
    }

    @Test
    void networkShapesFollowTheConfigs() {
        NetworkTrainer p3 = new NetworkTrainer(NetworkTrainer.Config.shallowP3(1, 1));
        ShallowConvNet.Config c = (ShallowConvNet.Config) p3.network(2, 68, 512);
        // Paper 03: 512 → 510 → 121 steps.
        assertThat(c.pooledSteps(512)).isEqualTo(121);
        assertThat(((ShallowConvNet.Config) new NetworkTrainer(NetworkTrainer.Config.shallowBraindecode(1, 1))
                .network(2, 32, 256)).pooledSteps(256)).isEqualTo(11);
        // DeepConvNet on 256 samples: the largest kernel that survives four conv + pool-3 blocks is 5.
        assertThat(((org.avrs.deep.block.DeepConvNet.Config) new NetworkTrainer(NetworkTrainer.Config.deep(1, 1))
                .network(2, 6, 256)).kernel()).isEqualTo(5);
        assertThatThrownBy(() -> new NetworkTrainer(NetworkTrainer.Config.shallowBraindecode(1, 1)).network(2, 6, 64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too short");
        assertThatThrownBy(() -> NetworkTrainer.Config.shallowP3(1, 1).withDropout(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dropout 1.0");
    }
}
