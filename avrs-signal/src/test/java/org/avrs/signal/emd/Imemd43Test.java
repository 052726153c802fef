package org.avrs.signal.emd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class Imemd43Test {

    /** P7's features with 8 mask phases instead of 64, to keep the test fast (framing does not depend on it). */
    private static final Imemd43 FAST = new Imemd43(Imemd43.Config.defaults()
            .withImemd(Imemd.Config.defaults().withPhases(8)));

    private static double[] tone(int n, double hz, double amplitude) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = amplitude * Math.sin(2 * Math.PI * hz * i / 16000);
        }
        return x;
    }

    @Test
    void threeSecondsAt16kHzGive298FramesOf43Features() {
        FeatureMatrix m = FAST.extract(Signal.of(16000, TestSignals.testSignal(48000, 16000, 3)));
        assertThat(m.rowCount()).isEqualTo(298);
        assertThat(m.columnCount()).isEqualTo(43);
        assertThat(m.columnNames()).startsWith("hs_sc", "hs_sp", "hs_sk", "hs_su", "hc_se", "hc_se_d1", "hc_se_d2",
                "smfcc_1").contains("smfcc_12", "smfcc_1_d1", "smfcc_12_d2");
        assertThat(m.time(0)).isCloseTo(0.0125, within(1e-12));
        assertThat(m.time(297)).isCloseTo((297 * 160 + 200) / 16000.0, within(1e-12));
        for (int r = 0; r < m.rowCount(); r++) {
            for (double v : m.row(r)) {
                assertThat(v).isFinite();
            }
        }
    }

    @Test
    void aToneHasItsFrequencyAsHilbertCentroidAndLoudnessShowsInSe() {
        double[] x = new double[8000];
        double[] quiet = tone(4000, 1000, 0.1);
        double[] loud = tone(4000, 1000, 1.0);
        System.arraycopy(quiet, 0, x, 0, 4000);
        System.arraycopy(loud, 0, x, 4000, 4000);
        FeatureMatrix m = FAST.extract(Signal.of(16000, x));
        double[] sc = m.column("hs_sc");
        double[] se = m.column("hc_se");
        // frames well inside each half (frame f covers samples 160f … 160f + 399)
        double seQuiet = 0;
        double seLoud = 0;
        for (int f = 3; f < 20; f++) {
            assertThat(sc[f]).as("frame %d", f).isCloseTo(1000, within(30.0));
            assertThat(sc[f + 25]).as("frame %d", f + 25).isCloseTo(1000, within(30.0));
            seQuiet += se[f] / 17;
            seLoud += se[f + 25] / 17;
        }
        System.out.printf("1 kHz tone: SE quiet half %.2f dB, loud half %.2f dB (amplitude ratio 10)%n", seQuiet, seLoud);
        assertThat(seLoud - seQuiet).isCloseTo(20.0, within(1.0));
    }

    @Test
    void silenceGivesUndefinedHilbertFeaturesNotAnError() {
        FeatureMatrix m = FAST.extract(Signal.of(16000, new double[4000]));
        assertThat(m.rowCount()).isEqualTo(23);
        assertThat(m.column("hs_sc")).containsOnly(Double.NaN);
        assertThat(m.column("hc_se")).containsOnly(Double.NaN);
        for (double v : m.column("smfcc_3")) {
            assertThat(v).isFinite();
        }
        FeatureMatrix zeros = new Imemd43(Imemd43.Config.defaults().withUndefined(0)
                .withImemd(Imemd.Config.defaults().withPhases(8))).extract(Signal.of(16000, new double[4000]));
        assertThat(zeros.column("hs_su")).containsOnly(0.0);
    }

    @Test
    void theTrendStartsAtTheFirstImfBelow50Hz() {
        double[][] imfs = {tone(16000, 700, 1), tone(16000, 120, 1), tone(16000, 30, 1), tone(16000, 4, 1)};
        assertThat(TrendFilter.trendStart(imfs, 16000, 50)).isEqualTo(2);
        assertThat(TrendFilter.trendStart(imfs, 16000, 3)).isEqualTo(4);
        double[] y = TrendFilter.detrended(imfs, 16000, 16000, 50);
        for (int i = 0; i < y.length; i += 97) {
            assertThat(y[i]).isCloseTo(imfs[0][i] + imfs[1][i], within(1e-15));
        }
    }

    @Test
    void refusesSignalsItCannotHandle() {
        assertThatThrownBy(() -> FAST.extract(Signal.of(16000, new double[1039])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 1040 samples");
        assertThatThrownBy(() -> FAST.extract(Signal.of(8000, new double[8000])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("16000.0 Hz but the signal has 8000.0 Hz");
        assertThatThrownBy(() -> Imemd43.Config.defaults().withSampleRate(Double.NaN))
                .hasMessageContaining("sampleRate NaN");
        assertThat(new Imemd43(Imemd43.Config.defaults().withSampleRate(24414)).config().frameLength()).isEqualTo(610);
    }
}
