package org.avrs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalTest {

    private static Signal stereo() {
        return Signal.builder().sampleRate(4).channels(new double[] {1, 2, 3, 4}, new double[] {3, 2, 1, 0})
                .names(List.of("L", "R")).units(List.of("V", "mV")).startTime(Instant.ofEpochSecond(100)).build();
    }

    @Test
    void describesItsShape() {
        Signal s = stereo();
        assertThat(s.channelCount()).isEqualTo(2);
        assertThat(s.length()).isEqualTo(4);
        assertThat(s.durationSeconds()).isEqualTo(1.0);
        assertThat(s.channelNames()).containsExactly("L", "R");
        assertThat(s.units()).containsExactly("V", "mV");
        assertThat(s.get(1, 2)).isEqualTo(1.0);
        assertThat(s.channel("R")).containsExactly(3, 2, 1, 0);
        assertThat(Signal.of(8, new double[] {0, 0}).channelNames()).containsExactly("mono");
        assertThat(Signal.of(8, new double[] {0}, new double[] {0}).channelNames()).containsExactly("ch0", "ch1");
    }

    @Test
    void copiesSamplesInAndOut() {
        double[] samples = {1, 2};
        Signal s = Signal.of(1, samples);
        samples[0] = 99;
        assertThat(s.get(0, 0)).isEqualTo(1.0);
        s.channel(0)[1] = 99;
        s.toArray()[0][1] = 99;
        assertThat(s.channel(0)).containsExactly(1, 2);
        double[] dst = new double[3];
        s.copyChannel(0, 0, dst, 1, 2);
        assertThat(dst).containsExactly(0, 1, 2);
    }

    @Test
    void sliceMovesTheStartTime() {
        Signal part = stereo().slice(2, 4);
        assertThat(part.channel("L")).containsExactly(3, 4);
        assertThat(part.startTime()).contains(Instant.ofEpochSecond(100).plusMillis(500));
        assertThat(stereo().slice(1, 1).length()).isZero();
        assertThatThrownBy(() -> stereo().slice(3, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3, 5)").hasMessageContaining("[0, 4)");
    }

    @Test
    void selectsAndAveragesChannels() {
        Signal s = stereo();
        Signal r = s.selectChannels(List.of("R"));
        assertThat(r.channelNames()).containsExactly("R");
        assertThat(r.units()).containsExactly("mV");
        assertThat(s.select(1, 0).channelNames()).containsExactly("R", "L");
        Signal mono = s.toMono();
        assertThat(mono.channelNames()).containsExactly("mono");
        assertThat(mono.channel(0)).containsExactly(2, 2, 2, 2);
        assertThat(mono.toMono()).isSameAs(mono);
    }

    @Test
    void withDataKeepsNamesRateAndStart() {
        Signal s = stereo().withData(new double[][] {{0, 0, 0, 0}, {1, 1, 1, 1}});
        assertThat(s.channelNames()).containsExactly("L", "R");
        assertThat(s.sampleRate()).isEqualTo(4);
        assertThat(s.startTime()).contains(Instant.ofEpochSecond(100));
        assertThatThrownBy(() -> stereo().withData(new double[][] {{0}})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 channel names for 1 channels");
    }

    @Test
    void refusesBadConstruction() {
        assertThatThrownBy(() -> Signal.of(0, new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample rate 0.0");
        assertThatThrownBy(() -> Signal.of(Double.NaN, new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample rate NaN");
        assertThatThrownBy(() -> Signal.of(Double.POSITIVE_INFINITY, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> Signal.of(1, new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel 1 has 1 samples");
        assertThatThrownBy(() -> Signal.of(1, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel 0 sample 1 is NaN");
        assertThatThrownBy(() -> Signal.builder().sampleRate(1).channels(new double[] {1}, new double[] {2})
                .names(List.of("a", "a")).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat");
        assertThatThrownBy(() -> Signal.builder().sampleRate(1).channels(new double[] {1}).units(List.of("V", "V")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 units for 1 channels");
    }

    @Test
    void needsAtLeastOneChannel() {
        // "one or more channels": an empty signal has no sample rate to speak of and no mono mix
        assertThatThrownBy(() -> Signal.of(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one channel");
        assertThatThrownBy(() -> stereo().select()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one channel");
    }

    @Test
    void unknownChannelsAreNamed() {
        assertThatThrownBy(() -> stereo().channel("C")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no channel 'C'").hasMessageContaining("[L, R]");
        assertThatThrownBy(() -> stereo().channel(2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("channel 2 of 2");
    }
}
