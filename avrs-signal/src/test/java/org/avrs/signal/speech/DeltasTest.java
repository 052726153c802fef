package org.avrs.signal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class DeltasTest {

    /**
     * Golden: scipy 1.10.1 savgol_filter(data, width, polyorder=order, deriv=order, mode="interp", axis=0),
     * i.e. librosa.feature.delta, on 16 frames of 13 MFCC (tools/golden/signal_dsp.py gen_deltas), widths
     * 3/5/9/15 and orders 1/2; 1e-9 relative to the largest |delta|.
     */
    @Test
    void matchesSavgolInterp() {
        JsonNode golden = Golden.load("golden/signal_dsp/deltas.json");
        double[][] data = Golden.matrix(golden.get("data"));
        for (JsonNode c : golden.get("cases")) {
            Deltas d = new Deltas(new Deltas.Config(c.get("width").asInt(), c.get("order").asInt()));
            double[][] expected = Golden.matrix(c.get("delta"));
            double scale = 0;
            for (double[] row : expected) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            assertThat(TestSignals.measured("delta (rel)", TestSignals.maxAbsDiff(d.apply(data), expected) / scale))
                    .as("width %s order %s",
                    c.get("width"), c.get("order")).isLessThan(1e-9);
        }
    }

    @Test
    void interiorFirstOrderIsTheRegressionFormula() {
        // d_t = Σ n (c[t+n] − c[t−n]) / (2 Σ n²), N = 4, on a quadratic: exact derivative 2t + 1 of t² + t
        double[][] rows = new double[20][1];
        for (int t = 0; t < 20; t++) {
            rows[t][0] = (double) t * t + t;
        }
        double[][] d = new Deltas(Deltas.Config.defaults()).apply(rows);
        for (int t = 4; t < 16; t++) {
            assertThat(d[t][0]).isCloseTo(2.0 * t + 1, within(1e-9));
        }
        double[][] d2 = new Deltas(new Deltas.Config(9, 2)).apply(rows);
        for (double[] row : d2) {
            assertThat(row[0]).isCloseTo(2.0, within(1e-9)); // a quadratic is fitted exactly, edges included
        }
    }

    @Test
    void stackedExtractorAppendsNamedDeltaColumns() {
        Mfcc mfcc = new Mfcc(Mfcc.Config.defaults());
        FeatureExtractor e = Deltas.stacked(mfcc, new Deltas.Config(9, 1), new Deltas.Config(9, 2));
        assertThat(e.columnNames()).hasSize(39).contains("mfcc_0", "mfcc_12_d1", "mfcc_0_d2");
        FeatureMatrix m = e.extract(Signal.of(16000, TestSignals.testSignal(4000, 16000, 3)));
        assertThat(m.columnNames()).isEqualTo(e.columnNames());
        assertThat(m.column("mfcc_3_d1")).containsExactly(
                new Deltas(Deltas.Config.defaults()).apply(mfcc.extract(Signal.of(16000,
                        TestSignals.testSignal(4000, 16000, 3)))).column("mfcc_3_d1"));
    }

    @Test
    void tooFewFramesAndBadConfigsFail() {
        assertThatThrownBy(() -> new Deltas(Deltas.Config.defaults()).apply(new double[5][2]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("5 frames are fewer than the delta width 9");
        assertThatThrownBy(() -> new Deltas.Config(8, 1)).hasMessageContaining("must be odd");
        assertThatThrownBy(() -> new Deltas.Config(3, 3)).hasMessageContaining("below width 3");
        FeatureMatrix m = FeatureMatrix.of(List.of("a"), new double[] {0, 1, 2}, new double[][] {{1}, {2}, {4}});
        assertThat(new Deltas(new Deltas.Config(3, 1)).apply(m).columnNames()).containsExactly("a_d1");
    }
}
