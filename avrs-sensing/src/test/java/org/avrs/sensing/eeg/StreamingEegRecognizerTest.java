package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Modality;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.learn.SvmTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The live recognizer: any chunking gives the offline model's estimates, window by window. */
class StreamingEegRecognizerTest {

    private static EegFeatureModel model;
    private static Dataset<EegTrial> held;

    @BeforeAll
    static void fit() {
        Dataset<EegTrial> s1 = SyntheticCorpus.corpus(SyntheticCorpus.small(), "valence").subject("s01");
        int[] train = java.util.stream.IntStream.range(0, 8).toArray();
        model = EegFeatureModel.fit(s1.subset("train", train), FeatureWindows.defaults(),
                new SvmTrainer(SvmTrainer.Config.defaults()), "eeg/de-svm@synthetic");
        held = s1.subset("held", new int[] {8, 9});
    }

    @Test
    void anyChunkingGivesTheOfflineEstimates() {
        for (int seed = 0; seed < 3; seed++) {
            Signal eeg = held.get(0).input().eeg();
            StreamingEegRecognizer live = new StreamingEegRecognizer(model, 2, 1);
            List<AffectEstimate> out = new ArrayList<>();
            Random rnd = new Random(seed);
            double[][] all = eeg.toArray();
            for (int from = 0; from < eeg.length(); ) {
                int n = Math.min(eeg.length() - from, seed == 0 ? 1 : rnd.nextInt(300));
                double[][] chunk = new double[all.length][];
                for (int c = 0; c < all.length; c++) {
                    chunk[c] = java.util.Arrays.copyOfRange(all[c], from, from + n);
                }
                out.addAll(live.push(chunk));
                from += n;
            }
            // 12 s at 128 Hz, 2 s windows every 1 s: 11 windows.
            assertThat(out).hasSize(11);
            for (int k = 0; k < out.size(); k++) {
                AffectEstimate e = out.get(k);
                assertThat(e.span().start()).isCloseTo(k, within(1e-12));
                assertThat(e.span().end()).isCloseTo(k + 2, within(1e-12));
                assertThat(e.modality()).isEqualTo(Modality.EEG);
                assertThat(e.source()).isEqualTo("eeg/de-svm@synthetic");
                double[] offline = model.probabilities(eeg.slice(128 * k, 128 * k + 256));
                assertThat(e.affect().distribution().orElseThrow()).containsExactly(offline);
            }
            assertThat(live.received()).isEqualTo(eeg.length());
        }
    }

    @Test
    void heldOutTrialsAreMostlyRecognized() {
        int right = 0;
        int total = 0;
        for (var s : held.samples()) {
            StreamingEegRecognizer live = new StreamingEegRecognizer(model, 2, 2);
            for (AffectEstimate e : live.push(s.input().eeg().toArray())) {
                String truth = held.labels().label(s.label());
                right += e.affect().dominantLabel().orElseThrow().equals(truth) ? 1 : 0;
                total++;
                assertThat(e.affect().confidence()).isBetween(0.5, 1.0);
            }
        }
        assertThat(total).isEqualTo(12);
        assertThat(right).isGreaterThanOrEqualTo(9);
    }

    @Test
    void badChunksAreRefusedWithoutChangingTheStream() {
        StreamingEegRecognizer live = new StreamingEegRecognizer(model, 2, 1);
        assertThat(live.push(new double[32][100])).isEmpty();
        assertThatThrownBy(() -> live.push(new double[3][10])).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("3 channels");
        double[][] bad = new double[32][10];
        bad[4][7] = Double.NaN;
        assertThatThrownBy(() -> live.push(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("chunk channel " + model.features().channels().get(4) + " sample 7");
        assertThat(live.received()).isEqualTo(100);
        assertThat(live.push(new double[32][0])).isEmpty();
        assertThatThrownBy(() -> new StreamingEegRecognizer(model, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
