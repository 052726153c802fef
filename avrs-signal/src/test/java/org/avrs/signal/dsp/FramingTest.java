package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;

class FramingTest {

    @Test
    void framesAreWholeAndHopApart() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        assertThat(Frames.count(7, 3, 2)).isEqualTo(3); // [0..3) [2..5) [4..7)
        double[][] f = Frames.of(x, 3, 2);
        assertThat(f).hasDimensions(3, 3);
        assertThat(f[2]).containsExactly(4, 5, 6);
        assertThat(Frames.count(2, 3, 1)).isZero();
        assertThatThrownBy(() -> Frames.count(7, 3, 0)).hasMessageContaining("hop length 0 must be > 0");
    }

    @Test
    void preEmphasisIsAFirstDifferenceFromAZeroState() {
        // scipy.signal.lfilter([1, -0.97], [1], [1, 2, 3]) = [1, 1.03, 1.06]
        assertThat(PreEmphasis.apply(new double[] {1, 2, 3}, 0.97))
                .containsExactly(new double[] {1, 1.03, 1.06}, org.assertj.core.api.Assertions.within(1e-15));
        Signal s = PreEmphasis.apply(Signal.of(100, new double[] {1, 1}, new double[] {0, 2}), 0.5);
        assertThat(s.channel(1)).containsExactly(0, 2);
        assertThat(s.channel(0)).containsExactly(1, 0.5);
        assertThatThrownBy(() -> PreEmphasis.apply(new double[] {1}, 1.0)).hasMessageContaining("must be in [0, 1)");
    }
}
