package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up rule: scalar until the threshold of frames, then SIMD; one long input switches at once. */
class VectorLanesTest {

    @Test
    void switchesOnceTheScalarFramesReachTheThreshold() {
        VectorLanes.Warmup warmup = new VectorLanes.Warmup(1_000);
        assertThat(warmup.worthUsing(400)).isFalse();
        assertThat(warmup.worthUsing(400)).isFalse();
        assertThat(warmup.worthUsing(199)).isFalse(); // 999 so far
        assertThat(warmup.worthUsing(1)).isTrue();
        assertThat(warmup.worthUsing(1)).isTrue();
    }

    @Test
    void aLongInputTakesTheSimdPathAtOnce() {
        assertThat(new VectorLanes.Warmup(1_000).worthUsing(1_000)).isTrue();
        assertThat(new VectorLanes.Warmup(0).worthUsing(1)).isTrue();
    }
}
