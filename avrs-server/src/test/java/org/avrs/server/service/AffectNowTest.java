package org.avrs.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;
import org.avrs.core.Vad;
import org.avrs.server.store.AffectEntry;
import org.junit.jupiter.api.Test;

class AffectNowTest {

    private static final long NOW = 1_700_000_000_000L;

    private static AffectEntry entry(Affect a, long receivedAt) {
        return new AffectEntry("af_" + receivedAt, "se", "vw", receivedAt, new TimeSpan(0, 2), Modality.SELF_REPORT, "t", a, null);
    }

    @Test
    void recentEntriesOutweighOlderOnesByTheHalfLife() {
        AffectNow now = new AffectNow(120, 1800);
        Affect sad = Affect.ofLabel(EmotionSet.EMODB, "sadness");
        Affect happy = Affect.ofLabel(EmotionSet.EMODB, "happiness");
        // sadness 600 s old (5 half-lives, weight 1/32) against happiness now (weight 1)
        Affect fused = now.fuse(List.of(entry(sad, NOW - 600_000), entry(happy, NOW)), NOW).orElseThrow();
        assertThat(fused.probability("happiness")).isCloseTo(32.0 / 33, within(1e-9));
        assertThat(fused.probability("sadness")).isCloseTo(1.0 / 33, within(1e-9));
    }

    @Test
    void entriesOlderThanTheMaximumAgeAreIgnored() {
        AffectNow now = new AffectNow(120, 1800);
        Affect sad = Affect.ofLabel(EmotionSet.EMODB, "sadness");
        assertThat(now.fuse(List.of(entry(sad, NOW - 1_800_001)), NOW)).isEmpty();
        assertThat(now.fuse(List.of(entry(sad, NOW - 1_800_000)), NOW)).isPresent();
        assertThat(now.fuse(List.of(), NOW)).isEmpty();
        assertThat(now.fuse(List.of(entry(sad.withConfidence(0), NOW)), NOW)).as("confidence 0 counts nothing").isEmpty();
    }

    @Test
    void pointOnlyEntriesGiveAPointOnlyAffect() {
        Affect fused = AffectNow.defaults().fuse(List.of(entry(Affect.ofVad(new Vad(0.5, -0.5, 0), 0.8), NOW)), NOW)
                .orElseThrow();
        assertThat(fused.hasDistribution()).isFalse();
        assertThat(fused.valence()).isCloseTo(0.5, within(1e-12));
        assertThat(fused.confidence()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new AffectNow(Double.NaN, 10)).hasMessageContaining("halfLifeSeconds");
        assertThatThrownBy(() -> new AffectNow(10, 0)).hasMessageContaining("maxAgeSeconds");
    }
}
