package org.avrs.signal.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden: tools/golden/signal_eeg.py with Python 3.11, NumPy 1.24.2, SciPy 1.10.1 — scipy.signal.welch
 * band sums, sosfiltfilt(butter(4, band)) + np.var for DE, np.diff/np.var for Hjorth, scipy.stats
 * skew/kurtosis(fisher=False, bias=True) — on 4 channels × 12 s at 128 Hz, 2 s windows every 1 s.
 */
class EegGoldenTest {

    private static JsonNode golden;
    private static Signal signal;
    private static EegInput input;
    private static List<Band> bands;

    @BeforeAll
    static void load() {
        golden = Golden.load("golden/eeg/eeg_features.json");
        double fs = golden.get("fs").asDouble();
        List<String> names = new ArrayList<>();
        golden.get("channels").forEach(n -> names.add(n.asText()));
        double[][] params = {{10, 20, 22, 5, 0}, {6, 15, 40, 3, 3}, {2.5, 30, 12, 8, -2}, {18, 10, 35, 4, 1.5}};
        int n = (int) (fs * 12);
        double[][] x = new double[names.size()][n];
        for (int c = 0; c < x.length; c++) {
            double[] u = TestSignals.lcgUniform(n, 200 + c);
            double[] p = params[c];
            for (int i = 0; i < n; i++) {
                double t = i / fs;
                x[c][i] = p[1] * Math.sin(2 * Math.PI * p[0] * t) + p[3] * Math.sin(2 * Math.PI * p[2] * t)
                        + 5 * u[i] + p[4];
            }
            TestSignals.checkInput(x[c], golden.get("inputs").get(c));
        }
        signal = Signal.builder().sampleRate(fs).channels(x).names(names).unit("uV").build();
        input = new EegInput(fs, names, golden.get("window").asDouble(), golden.get("step").asDouble());
        bands = new ArrayList<>();
        golden.get("bands").forEach(b -> bands.add(new Band(b.get(0).asText(), b.get(1).asDouble(), b.get(2).asDouble())));
    }

    @Test
    void bandPowerMatchesScipyWelch() {
        FeatureMatrix m = new BandPower(new BandPower.Config(input, bands, golden.get("segment").asDouble()))
                .extract(signal);
        assertThat(m.times()).containsExactly(Golden.doubles(golden.get("times")), within(1e-12));
        assertColumns(m, golden.get("bandpower"), 1e-9);
        assertThat(m.columnCount()).isEqualTo(4 * 5 * 2);
    }

    @Test
    void differentialEntropyMatchesSosfiltfiltAndVariance() {
        FeatureMatrix m = new DifferentialEntropy(new DifferentialEntropy.Config(input, bands, 4)).extract(signal);
        assertColumns(m, golden.get("de"), 1e-9);
        assertThat(m.columnNames()).startsWith("Fp1_delta_de", "Fp1_theta_de", "Fp1_alpha_de");
    }

    @Test
    void asymmetryIsLeftMinusAndOverRight() {
        List<ChannelPair> pairs = List.of(new ChannelPair("Fp1", "Fp2"), new ChannelPair("F3", "F4"));
        FeatureMatrix m = new Asymmetry(new Asymmetry.Config(new DifferentialEntropy.Config(input, bands, 4), pairs))
                .extract(signal);
        assertColumns(m, golden.get("asymmetry"), 1e-9);
    }

    @Test
    void hjorthMatchesNumpy() {
        assertColumns(new Hjorth(new Hjorth.Config(input)).extract(signal), golden.get("hjorth"), 1e-9);
    }

    @Test
    void channelStatisticsMatchScipyStats() {
        FeatureMatrix m = new ChannelStatistics(new ChannelStatistics.Config(input.wholeRecord())).extract(signal);
        assertThat(m.rowCount()).isEqualTo(1);
        assertThat(m.time(0)).isEqualTo(6.0);
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("channel_stats").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double expected = e.getValue().asDouble();
            assertThat(m.get(0, e.getKey())).as(e.getKey()).isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
        }
    }

    /** Every golden column equals the matrix column within tol relative to the column's largest value. */
    private static void assertColumns(FeatureMatrix m, JsonNode columns, double tol) {
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double[] expected = Golden.doubles(e.getValue());
            double[] actual = m.column(e.getKey());
            double scale = 0;
            for (double v : expected) {
                scale = Math.max(scale, Math.abs(v));
            }
            assertThat(TestSignals.maxAbsDiff(actual, expected)).as(e.getKey()).isLessThanOrEqualTo(tol * Math.max(1, scale));
            count++;
        }
        assertThat(count).isEqualTo(m.columnCount());
    }
}
