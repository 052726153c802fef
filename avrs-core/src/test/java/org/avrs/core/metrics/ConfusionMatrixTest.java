package org.avrs.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.avrs.core.EmotionSet;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final EmotionSet VALENCE = EmotionSet.VALENCE_BINARY;

    @Test
    void rowsAreTruthColumnsArePredictions() {
        // truth low, low, high; predicted high, low, high
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1}, new int[] {1, 0, 1}, VALENCE);
        assertThat(cm.labels()).containsExactly("low", "high");
        assertThat(cm.count(0, 1)).isEqualTo(1);
        assertThat(cm.count(1, 0)).isZero();
        assertThat(cm.support(0)).isEqualTo(2);
        assertThat(cm.predictedCount(1)).isEqualTo(2);
        assertThat(cm.correct()).isEqualTo(2);
        assertThat(cm.presentClasses()).containsExactly(0, 1);
    }

    @Test
    void rendersAnAlignedTable() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 0, 1}, new int[] {0, 0, 1, 1}, VALENCE);
        assertThat(cm.render()).isEqualTo("""
                truth \\ predicted  low  high  support
                low                  2     1        3
                high                 0     1        1
                """);
        assertThat(cm.renderRowNormalized()).isEqualTo("""
                truth \\ predicted   low   high  support
                low                66.7   33.3        3
                high                0.0  100.0        1
                """);
    }

    @Test
    void rowNormalizedShowsAbsentClassAsDash() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0}, new int[] {1}, 2);
        assertThat(cm.renderRowNormalized()).contains("-");
        assertThat(cm.rowNormalized()[1]).containsOnly(Double.NaN);
    }

    @Test
    void poolsFolds() {
        ConfusionMatrix a = ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 0}, 2);
        ConfusionMatrix b = ConfusionMatrix.of(new int[] {1}, new int[] {1}, 2);
        ConfusionMatrix sum = a.plus(b);
        assertThat(sum.counts()).isDeepEqualTo(new long[][] {{1, 0}, {1, 1}});
        assertThat(sum).isEqualTo(ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 0, 1}, 2));
        assertThatThrownBy(() -> a.plus(ConfusionMatrix.of(new int[] {0}, new int[] {0}, VALENCE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different labels");
    }

    @Test
    void countsAreCopiedOut() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0}, new int[] {0}, 1);
        cm.counts()[0][0] = 99;
        assertThat(cm.count(0, 0)).isEqualTo(1);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 entries").hasMessageContaining("1");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, -1}, new int[] {0, 0}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truth[1] = -1");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0}, new int[] {2}, VALENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted[0] = 2")
                .hasMessageContaining("[0, 2)");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[0], new int[0], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classCount 0");
    }
}
