package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocols: what each puts on the two sides of a split, and channel selection inside them. */
class EegEvaluationTest {

    private static Dataset<EegWindow> gamma;

    @BeforeAll
    static void windows() {
        gamma = CorpusViews.windows(SyntheticCorpus.corpus(SyntheticCorpus.small(), "valence"), List.of(),
                BandWindows.of(EegBands.named("gamma")), CorpusViews.Progress.NONE);
    }

    /** Remembers every training set it sees and predicts the first class. */
    private static final class Recorder implements WindowTrainer<EegWindow> {
        final List<Set<String>> trainTrials = new ArrayList<>();
        final List<Set<String>> trainIds = new ArrayList<>();

        @Override
        public String describe() {
            return "recorder";
        }

        @Override
        public WindowModel<EegWindow> fit(Dataset<EegWindow> training) {
            Set<String> trials = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (Sample<EegWindow> s : training.samples()) {
                trials.add(trialOf(s.id()));
                ids.add(s.id());
            }
            trainTrials.add(trials);
            trainIds.add(ids);
            return new WindowModel<>() {
                @Override
                public EmotionSet labels() {
                    return training.labels();
                }

                @Override
                public double[][] probabilities(List<EegWindow> w) {
                    return w.stream().map(x -> new double[] {1, 0}).toArray(double[][]::new);
                }
            };
        }
    }

    /** "s01/t03/w002" → "s01/t03". */
    private static String trialOf(String windowId) {
        return windowId.substring(0, windowId.lastIndexOf('/'));
    }

    @Test
    void leakFreeFoldsNeverSplitATrialButP3sDo() {
        Recorder leakFree = new Recorder();
        EegResult r = EegEvaluation.windows(gamma, leakFree, null, EegEvaluation.Config.defaults(),
                EegEvaluation.Progress.NONE);
        assertThat(leakFree.trainIds).hasSize(15); // 3 subjects × 5 folds
        assertThat(r.windows()).isEqualTo(gamma.size());
        // Every window is tested once; its trial never appears among the training windows of its fold.
        int shared = sharedTrials(leakFree);
        assertThat(shared).isZero();

        Recorder p3 = new Recorder();
        EegEvaluation.windows(gamma, p3, null, EegEvaluation.Config.defaults().with(EegEvaluation.Scheme.WITHIN_SUBJECT,
                EegEvaluation.Variant.P3), EegEvaluation.Progress.NONE);
        assertThat(sharedTrials(p3)).isGreaterThan(100);
    }

    /** Test windows (those not in a fold's training set, same subject) whose trial is in that training set. */
    private static int sharedTrials(Recorder rec) {
        int shared = 0;
        for (int f = 0; f < rec.trainIds.size(); f++) {
            String subject = rec.trainIds.get(f).iterator().next().substring(0, 3);
            for (Sample<EegWindow> s : gamma.samples()) {
                if (s.id().startsWith(subject) && !rec.trainIds.get(f).contains(s.id())
                        && rec.trainTrials.get(f).contains(trialOf(s.id()))) {
                    shared++;
                }
            }
        }
        return shared;
    }

    @Test
    void losoTrainsOnTheOtherSubjects() {
        Recorder rec = new Recorder();
        EegResult r = EegEvaluation.windows(gamma, rec, null, EegEvaluation.Config.defaults().with(
                EegEvaluation.Scheme.LOSO, EegEvaluation.Variant.LEAK_FREE), EegEvaluation.Progress.NONE);
        assertThat(rec.trainIds).hasSize(3);
        for (int f = 0; f < 3; f++) {
            String left = "s0" + (f + 1);
            assertThat(rec.trainIds.get(f)).noneMatch(id -> id.startsWith(left)).hasSize(120);
        }
        assertThat(r.perSubject()).extracting(EegResult.SubjectScore::subject).containsExactly("s01", "s02", "s03");
        // Always "low": accuracy is the share of low windows, which is the chance level here.
        assertThat(r.accuracy()).isEqualTo(0.5);
        assertThat(r.chance()).isEqualTo(0.5);
    }

    @Test
    void leakFreeSelectionRanksOnTrainingWindowsAndChoosesKByInnerFolds() {
        ChannelSelection auto = new ChannelSelection(ChannelStatistic.KURTOSIS, List.of(2, 6, 32));
        EegResult r = EegEvaluation.windows(gamma, new LogPowerTrainer(), auto, EegEvaluation.Config.defaults(),
                EegEvaluation.Progress.NONE);
        List<String> planted = SyntheticCorpus.small().plantedChannels();
        System.out.printf("log-power kNN, kurtosis K from {2, 6, 32} by inner CV: accuracy %.3f; folds chose %s%n",
                r.accuracy(), r.perSubject().stream().map(s -> s.channels().stream().map(List::size).toList()).toList());
        for (EegResult.SubjectScore s : r.perSubject()) {
            assertThat(s.channels()).hasSize(5);
            for (List<String> fold : s.channels()) {
                // The kurtosis ranking puts the planted channels first, so whatever K is chosen, the
                // channels are a prefix of the planted set or contain all of it.
                if (fold.size() <= 6) {
                    assertThat(planted).containsAll(fold);
                } else {
                    assertThat(fold).containsAll(planted);
                }
            }
        }
        assertThat(r.accuracy()).isGreaterThan(0.8);
    }

    @Test
    void p3SweepsKOnTheTestFoldsAndReportsEach() {
        ChannelSelection sweep = new ChannelSelection(ChannelStatistic.KURTOSIS, List.of(2, 6, 32));
        EegResult r = EegEvaluation.windows(gamma, new LogPowerTrainer(), sweep, EegEvaluation.Config.defaults()
                .with(EegEvaluation.Scheme.WITHIN_SUBJECT, EegEvaluation.Variant.P3), EegEvaluation.Progress.NONE);
        assertThat(r.kScores()).extracting(EegResult.KScore::k).containsExactly(2, 6, 32);
        double best = r.kScores().stream().mapToDouble(EegResult.KScore::accuracy).max().orElseThrow();
        assertThat(r.accuracy()).isEqualTo(best);
        assertThat(r.kScores().stream().filter(k -> k.k() == r.k()).findFirst().orElseThrow().accuracy()).isEqualTo(best);
        System.out.printf("P3 sweep: %s%n", r.kScores());
    }

    @Test
    void refusesEmptyDataAndBadConfigs() {
        assertThatThrownBy(() -> EegEvaluation.windows(new Dataset<>("none", EmotionSet.VALENCE_BINARY, List.of()),
                new LogPowerTrainer(), null, EegEvaluation.Config.defaults(), EegEvaluation.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no windows");
        assertThatThrownBy(() -> new EegEvaluation.Config(EegEvaluation.Scheme.LOSO, EegEvaluation.Variant.P3, 1, 3, 1,
                Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds 1");
        assertThatThrownBy(() -> EegEvaluation.Config.defaults().withSubjectPrior(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subjectPrior -1");
        assertThatThrownBy(() -> ChannelSelection.parse("kurtosis:40", 32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds the 32");
        assertThatThrownBy(() -> ChannelSelection.parse("entropy:4", 32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'entropy'");
        assertThat(ChannelSelection.parse("Kurtosis:auto", 32).candidates()).containsExactly(4, 8, 16, 32);
        assertThat(ChannelSelection.parse("rms:3,5", 32).candidates()).containsExactly(3, 5);
    }
}
