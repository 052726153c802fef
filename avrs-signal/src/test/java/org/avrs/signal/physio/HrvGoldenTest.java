package org.avrs.signal.physio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Golden: tools/golden/signal_physio.py gen_hrv (NumPy 1.24.2 time domain; SciPy 1.10.1
 * PchipInterpolator at 4 Hz and welch(nperseg=min(256, n))) on synthetic beat sequences with 0.1 Hz
 * (LF) and 0.25 Hz (HF) modulation; all values within 1e-9 relative.
 */
class HrvGoldenTest {

    @Test
    void matchesNumpyAndScipy() {
        for (JsonNode c : Golden.load("golden/physio/hrv.json").get("cases")) {
            double fs = c.get("fs").asDouble();
            int[] beats = Golden.ints(c.get("beats"));
            assertThat(beats).isEqualTo(synthetic(fs, c.get("count").asInt(), c.get("seed").asLong()));
            Hrv hrv = new Hrv(Hrv.Config.defaults());
            HrvResult r = hrv.of(new Peaks(beats, fs, List.of()));
            JsonNode e = c.get("expected");
            for (int k = 0; k < HrvResult.COLUMNS.size(); k++) {
                String name = HrvResult.COLUMNS.get(k);
                if (e.has(name)) {
                    double v = e.get(name).asDouble();
                    assertThat(r.values()[k]).as("%s at %s Hz", name, fs).isCloseTo(v, within(1e-9 * Math.abs(v)));
                }
            }
            assertThat(r.beats()).isEqualTo(beats.length);
            double[] series = hrv.resampled(new Peaks(beats, fs, List.of()).times(),
                    new Peaks(beats, fs, List.of()).intervalsMs());
            assertThat(series).hasSize(c.get("series_length").asInt());
            double[] head = Golden.doubles(c.get("series_head"));
            assertThat(TestSignals.maxAbsDiff(java.util.Arrays.copyOf(series, head.length), head)).isLessThan(1e-9);
            // the planted 0.1 Hz modulation (40 ms) outweighs the 0.25 Hz one (25 ms)
            assertThat(r.lf()).isGreaterThan(r.hf());
            // 120 s is the Task Force minimum for LF: the 150-beat case (≈ 119 s) is warned about, the other not
            double span = (beats[beats.length - 1] - beats[1]) / fs;
            assertThat(r.warnings().stream().anyMatch(w -> w.contains("unreliable"))).isEqualTo(span < 120);
        }
    }

    /** signal_physio.py synthetic_beats. */
    static int[] synthetic(double fs, int count, long seed) {
        double[] u = TestSignals.lcgUniform(count, seed);
        double t = 1.0;
        int[] beats = new int[count];
        for (int k = 0; k < count; k++) {
            beats[k] = (int) Math.rint(t * fs);
            t += (800 + 40 * Math.sin(2 * Math.PI * 0.1 * t) + 25 * Math.sin(2 * Math.PI * 0.25 * t) + 15 * u[k]) / 1000;
        }
        return beats;
    }

    @Test
    void fewBeatsGiveNaNAndWarningsNotExceptions() {
        HrvResult none = new Hrv(Hrv.Config.defaults()).of(new Peaks(new int[0], 100, List.of("no QRS complex found")));
        assertThat(none.beats()).isZero();
        assertThat(none.meanNn()).isNaN();
        assertThat(none.lfHf()).isNaN();
        assertThat(none.warnings()).contains("no QRS complex found").hasSize(2);
        HrvResult two = new Hrv(Hrv.Config.defaults()).of(new Peaks(new int[] {100, 180}, 100, List.of()));
        assertThat(two.meanNn()).isEqualTo(800.0);
        assertThat(two.hrMean()).isEqualTo(75.0);
        assertThat(two.sdnn()).isNaN();
        assertThat(two.lf()).isNaN();
        assertThat(two.warnings()).anyMatch(w -> w.contains("LF/HF need"));
    }

    @Test
    void timeDomainByHand() {
        // RR 800, 850, 780, 900 ms: diffs 50, −70, 120 → RMSSD √((2500+4900+14400)/3), NN50 = 2 (strictly > 50)
        HrvResult r = new Hrv(Hrv.Config.defaults()).of(new Peaks(new int[] {0, 800, 1650, 2430, 3330}, 1000, List.of()));
        assertThat(r.meanNn()).isCloseTo(832.5, within(1e-12));
        assertThat(r.sdnn()).isCloseTo(Math.sqrt((32.5 * 32.5 + 17.5 * 17.5 + 52.5 * 52.5 + 67.5 * 67.5) / 3), within(1e-9));
        assertThat(r.rmssd()).isCloseTo(Math.sqrt(21800 / 3.0), within(1e-9));
        assertThat(r.pnn50()).isCloseTo(100 * 2 / 4.0, within(1e-12));
    }
}
