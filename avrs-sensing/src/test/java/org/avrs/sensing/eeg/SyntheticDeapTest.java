package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.DeapReader;
import org.avrs.signal.io.DeapTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic DEAP writer: layout, labels, determinism, and the planted channels that selection finds. */
class SyntheticDeapTest {

    @Test
    void writesDeapLayoutThatTheCorpusReads() {
        SyntheticDeap.Config c = SyntheticCorpus.small();
        DeapCorpus corpus = SyntheticCorpus.corpus(c, "valence");
        assertThat(corpus.subjects()).containsExactly("s01", "s02", "s03");
        Dataset<EegTrial> s1 = corpus.subject("s01");
        assertThat(s1.size()).isEqualTo(10);
        Sample<EegTrial> t = s1.get(0);
        assertThat(t.id()).isEqualTo("s01/t01");
        assertThat(t.input().eeg().channelNames()).isEqualTo(DeapReader.CHANNELS.subList(0, 32));
        assertThat(t.input().eeg().sampleRate()).isEqualTo(128.0);
        // 3 s baseline dropped: 12 s of 128 Hz remain.
        assertThat(t.input().eeg().length()).isEqualTo(12 * 128);
        assertThat(t.targets()).hasSize(4);
        assertThat(t.group().id()).isEqualTo("s01");
        assertThat(t.origin().recording()).isEqualTo("s01.mat");
        // Half the trials rate valence high (> 5), the label follows the rating.
        assertThat(s1.labelCounts()).containsExactly(5, 5);
        for (Sample<EegTrial> s : s1.samples()) {
            assertThat(s.label()).isEqualTo(s.targets()[0] > 5 ? 1 : 0);
            assertThat(Arrays.stream(s.targets()).boxed().toList()).allSatisfy(r -> assertThat(r).isBetween(1.0, 9.0));
        }
    }

    @Test
    void sameConfigGivesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        SyntheticDeap.Config c = SyntheticDeap.Config.small(1, 2, 2);
        SyntheticDeap.write(c, a);
        SyntheticDeap.write(c, b);
        assertThat(Files.readAllBytes(a.resolve("s01.mat"))).isEqualTo(Files.readAllBytes(b.resolve("s01.mat")));
        SyntheticDeap.write(c.withSeed(2), b);
        assertThat(Files.readAllBytes(a.resolve("s01.mat"))).isNotEqualTo(Files.readAllBytes(b.resolve("s01.mat")));
    }

    @Test
    void physiologyFollowsTheArousalRating() {
        List<DeapTrial> trials = DeapReader.read(SyntheticCorpus.folder(SyntheticCorpus.small()).resolve("s02.mat"));
        // The plethysmograph's pulse rate: count systolic peaks (above 0.5, the maximum within ±10 samples).
        double high = 0;
        double low = 0;
        for (DeapTrial t : trials) {
            double[] plet = t.signal().channel("Plet");
            int peaks = 0;
            for (int i = 1; i < plet.length - 1; i++) {
                if (plet[i] > 0.5 && isLocalMax(plet, i, 10)) {
                    peaks++;
                }
            }
            double bpm = 60.0 * peaks / (plet.length / 128.0);
            if (t.arousal() > 5) {
                high += bpm / 5;
            } else {
                low += bpm / 5;
            }
        }
        // Planted: 65 bpm low, 77 bpm high (physioEffect 1).
        assertThat(low).isBetween(60.0, 70.0);
        assertThat(high).isBetween(72.0, 82.0);
    }

    private static boolean isLocalMax(double[] x, int i, int half) {
        for (int j = Math.max(0, i - half); j <= Math.min(x.length - 1, i + half); j++) {
            if (x[j] > x[i] || (x[j] == x[i] && j < i)) {
                return false;
            }
        }
        return true;
    }

    /** Kurtosis and variance of the gamma band both rank the six planted channels first. */
    @Test
    void channelSelectionRecoversThePlantedChannels() {
        SyntheticDeap.Config c = SyntheticCorpus.small();
        Dataset<EegWindow> w = BandWindows.of(EegBands.named("gamma")).apply(SyntheticCorpus.corpus(c, "valence")
                .subject("s01"));
        for (ChannelStatistic s : List.of(ChannelStatistic.KURTOSIS, ChannelStatistic.VARIANCE, ChannelStatistic.RMS)) {
            ChannelRanking r = ChannelRanking.of(ChannelSubset.inputs(w), s);
            assertThat(r.top(6)).as(s.name()).containsExactlyInAnyOrderElementsOf(c.plantedChannels());
        }
        ChannelRanking k = ChannelRanking.of(ChannelSubset.inputs(w), ChannelStatistic.KURTOSIS);
        // Bursts make the planted channels heavy-tailed; the 1/f background stays near Gaussian (3).
        assertThat(k.scores()[5]).isGreaterThan(4.0);
        assertThat(Arrays.stream(k.scores(), 6, 32).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(2.5, 3.6));
    }

    @Test
    void configRejectsNonsense() {
        SyntheticDeap.Config d = SyntheticDeap.Config.deapLike(1);
        assertThatThrownBy(() -> d.withEffects(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eegEffect NaN");
        assertThatThrownBy(() -> d.withPlanted(List.of("Xx"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Xx'");
        assertThatThrownBy(() -> SyntheticDeap.Config.small(0, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subjects 0");
    }
}
