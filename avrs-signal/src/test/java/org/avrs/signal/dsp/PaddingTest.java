package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaddingTest {

    private static final double[] X = {1, 2, 3};

    @Test
    void padsLikeNumpyPad() {
        // numpy.pad([1,2,3], 2, mode=...) for constant, edge, reflect; reflect_type="odd" for ODD
        assertThat(Padding.pad(X, 2, 2, PadMode.ZEROS)).containsExactly(0, 0, 1, 2, 3, 0, 0);
        assertThat(Padding.pad(X, 2, 2, PadMode.EDGE)).containsExactly(1, 1, 1, 2, 3, 3, 3);
        assertThat(Padding.pad(X, 2, 2, PadMode.REFLECT)).containsExactly(3, 2, 1, 2, 3, 2, 1);
        assertThat(Padding.pad(X, 2, 2, PadMode.ODD)).containsExactly(-1, 0, 1, 2, 3, 4, 5);
    }

    @Test
    void reflectBeyondOneLengthKeepsReflecting() {
        // numpy.pad([1,2,3], 5, mode="reflect") = [2 1 2 3 2 | 1 2 3 | 2 1 2 3 2]
        assertThat(Padding.pad(X, 5, 5, PadMode.REFLECT))
                .containsExactly(2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2);
        assertThat(Padding.pad(new double[] {7}, 2, 1, PadMode.REFLECT)).containsExactly(7, 7, 7, 7);
    }

    @Test
    void copyOfAWindowReachingPastBothEnds() {
        double[] dst = new double[9];
        Padding.copy(X, -3, dst, 1, 8, PadMode.EDGE);
        assertThat(dst).containsExactly(0, 1, 1, 1, 1, 2, 3, 3, 3);
    }

    @Test
    void oddPadMustBeShorterThanTheSignal() {
        assertThatThrownBy(() -> Padding.pad(X, 3, 0, PadMode.ODD)).hasMessageContaining("longer than 3");
        assertThatThrownBy(() -> Padding.pad(new double[0], 1, 0, PadMode.EDGE)).hasMessageContaining("empty");
    }
}
