package org.avrs.signal.physio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class EdaTest {

    static double bateman(double t) {
        return t >= 0 ? Math.exp(-t / 2.0) - Math.exp(-t / 0.75) : 0;
    }

    /** signal_physio.py synthetic_eda: 2 + 0.005 t + Σ sₖ·bateman(t − onsetₖ) + 0.002 u. */
    static double[] synthetic(JsonNode g) {
        double fs = g.get("fs").asDouble();
        int n = (int) (g.get("seconds").asInt() * fs);
        double[] u = TestSignals.lcgUniform(n, g.get("seed").asLong());
        double[] onsets = Golden.doubles(g.get("onsets"));
        double[] sizes = Golden.doubles(g.get("sizes"));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            x[i] = 2 + 0.005 * t + 0.002 * u[i];
            for (int k = 0; k < onsets.length; k++) {
                x[i] += sizes[k] * bateman(t - onsets[k]);
            }
        }
        return x;
    }

    /**
     * Golden: tools/golden/signal_physio.py gen_eda (SciPy 1.10.1 sosfiltfilt(butter(4, 3, "lowpass")),
     * sosfiltfilt(butter(2, 0.05, "highpass")), ndimage.median_filter(size=401, mode="nearest"),
     * find_peaks(prominence=0), the trough onset rule in NumPy): signals within 1e-9, SCR samples exactly, amplitudes
     * within 1e-9.
     */
    @Test
    void decompositionAndScrsMatchScipy() {
        JsonNode g = Golden.load("golden/physio/eda.json");
        double fs = g.get("fs").asDouble();
        double[] x = synthetic(g);
        int[] idx = Golden.ints(g.get("index"));
        EdaDecomposition.Config hp = EdaDecomposition.Config.of(fs);
        EdaDecomposition.Components c = new EdaDecomposition(hp).decompose(x);
        assertThat(TestSignals.maxAbsDiff(pick(c.clean(), idx), Golden.doubles(g.get("clean")))).isLessThan(1e-9);
        assertThat(TestSignals.maxAbsDiff(pick(c.phasic(), idx), Golden.doubles(g.get("phasic_highpass")))).isLessThan(1e-9);
        double[] sum = c.tonic();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += c.phasic()[i];
        }
        assertThat(TestSignals.maxAbsDiff(sum, c.clean())).isLessThan(1e-12);
        assertScrs(new ScrDetector(ScrDetector.Config.of(fs)).detect(c.phasic()), g.get("scr_highpass"));

        EdaDecomposition.Components m = new EdaDecomposition(hp.withMethod(EdaDecomposition.Method.SMOOTH_MEDIAN))
                .decompose(x);
        assertThat(TestSignals.maxAbsDiff(pick(m.tonic(), idx), Golden.doubles(g.get("tonic_median")))).isLessThan(1e-12);
        assertScrs(new ScrDetector(ScrDetector.Config.of(fs)).detect(m.phasic()), g.get("scr_median"));
    }

    private static void assertScrs(ScrPeaks scr, JsonNode expected) {
        assertThat(scr.peaks()).containsExactly(Golden.ints(expected.get("peaks")));
        assertThat(scr.onsets()).containsExactly(Golden.ints(expected.get("onsets")));
        assertThat(scr.amplitudes()).containsExactly(Golden.doubles(expected.get("amplitudes")), within(1e-9));
        assertThat(scr.riseTimes()).containsExactly(Golden.doubles(expected.get("rise_times")), within(1e-12));
        assertThat(scr.warnings()).isEmpty();
    }

    private static double[] pick(double[] x, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    @Test
    void plantedBatemanResponsesHaveTheirAnalyticOnsetPeakAndAmplitude() {
        // f(t) = e^{−t/τ₁} − e^{−t/τ₂} peaks at t* = τ₁τ₂/(τ₁ − τ₂)·ln(τ₁/τ₂) with f(t*) = 0.3472…
        double fs = 100;
        double tPeak = 2.0 * 0.75 / (2.0 - 0.75) * Math.log(2.0 / 0.75);
        double[] onsets = {3, 20, 31};
        double[] sizes = {0.8, 0.2, 1.5};
        double[] x = new double[4000];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < onsets.length; k++) {
                x[i] += sizes[k] * bateman(i / fs - onsets[k]);
            }
        }
        ScrPeaks scr = new ScrDetector(ScrDetector.Config.of(fs)).detect(x);
        assertThat(scr.count()).isEqualTo(3);
        assertThat(scr.onsets()[0]).isEqualTo(300); // the last zero before the rise
        for (int k = 0; k < 3; k++) {
            assertThat(scr.peaks()[k] / fs).isCloseTo(onsets[k] + tPeak, within(0.011));
            // the onset is the trough before the rise (the planted onset, where the earlier decay has ebbed)
            assertThat(scr.onsets()[k] / fs).isCloseTo(onsets[k], within(0.011));
            assertThat(scr.riseTimes()[k]).isCloseTo(tPeak, within(0.021));
        }
        assertThat(scr.amplitudes()[0]).isCloseTo(0.8 * bateman(tPeak), within(1e-4));
        // half recovery of f: the later time where f = f(t*)/2, solved numerically here
        double half = bateman(tPeak) / 2;
        double t = tPeak;
        while (bateman(t) > half) {
            t += 1e-4;
        }
        assertThat(scr.halfRecoveryTimes()[0]).isCloseTo(t - tPeak, within(0.011));
    }

    @Test
    void flatOrTinyEdaGivesNoScrAndAWarning() {
        double[] x = new double[3000];
        Random rnd = new Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = 5 + 0.0005 * rnd.nextGaussian();
        }
        Signal s = Signal.builder().sampleRate(100).channels(x).names(List.of("EDA")).build();
        Extraction e = new EdaFeatures(EdaFeatures.Config.defaults()).extractWithWarnings(s);
        assertThat(e.features().get(0, "scr_count")).isZero();
        assertThat(e.features().get(0, "scr_amplitude_mean")).isNaN();
        assertThat(e.features().get(0, "scl_mean")).isCloseTo(5, within(1e-3));
        assertThat(e.warnings()).singleElement().asString().contains("no SCR");
        Extraction table = new EdaFeatures(EdaFeatures.Config.defaults()).scrTable(s);
        assertThat(table.features().rowCount()).isZero();
        assertThat(table.features().columnNames()).isEqualTo(EdaFeatures.SCR_COLUMNS);
    }

    @Test
    void runningMedianAndBoxcarMatchNaiveDefinitions() {
        double[] x = TestSignals.lcgUniform(500, 5);
        for (int size : new int[] {1, 3, 7, 51}) {
            double[] fast = RunningMedian.of(x, size);
            for (int i = 0; i < x.length; i++) {
                double[] w = new double[size];
                for (int j = 0; j < size; j++) {
                    w[j] = x[Math.max(0, Math.min(x.length - 1, i - size / 2 + j))];
                }
                Arrays.sort(w);
                assertThat(fast[i]).isEqualTo(w[size / 2]);
            }
        }
        for (int size : new int[] {1, 2, 10, 75}) {
            double[] fast = Smoothing.boxcar(x, size);
            for (int i = 0; i < x.length; i++) {
                double sum = 0;
                for (int j = 0; j < size; j++) {
                    sum += x[Math.max(0, Math.min(x.length - 1, i - size / 2 + j))];
                }
                assertThat(fast[i]).isCloseTo(sum / size, within(1e-12));
            }
        }
    }

    @Test
    void eventRelatedRecordingHasResponsesAndFourEpochs() {
        Signal s = PhysioData.read("bio_eventrelated_100hz.csv", 100);
        int[] onsets = Events.crossings(s.channel("Photosensor"), 2.5, Events.Edge.FALLING);
        assertThat(onsets).containsExactly(1024, 4958, 9224, 12984);
        assertThat(Events.crossings(s.channel("Photosensor"), 2.5, Events.Edge.RISING))
                .containsExactly(1324, 5257, 9524, 13284);
        Epochs.Set set = new Epochs(1, 4, true).cut(s, onsets);
        assertThat(set.size()).isEqualTo(4);
        assertThat(set.onsetIndex()).isEqualTo(100);
        assertThat(set.epochs()).allSatisfy(e -> assertThat(e.length()).isEqualTo(500));
        // baseline-corrected: the pre-onset mean of every channel is 0
        double[] eda = set.epochs().get(0).channel("EDA");
        assertThat(Arrays.stream(eda, 0, 100).average().orElseThrow()).isCloseTo(0, within(1e-12));
        // an epoch reaching past the end is left out with a warning
        Epochs.Set late = new Epochs(1, 30, false).cut(s, onsets);
        assertThat(late.onsets()).containsExactly(1024, 4958, 9224);
        assertThat(late.warnings()).singleElement().asString().contains("12984");
        // event-related view: SCRs whose onset falls 1–4 s after each image onset (the usual SCR latency window)
        ScrPeaks scrs = new EdaFeatures(EdaFeatures.Config.of("EDA", 100)).scrs(s);
        int[] scrOnsets = scrs.onsets();
        double[] amplitudes = scrs.amplitudes();
        String[] condition = {"Negative", "Neutral", "Neutral", "Negative"};
        double[] response = new double[onsets.length];
        for (int k = 0; k < onsets.length; k++) {
            double best = 0;
            for (int j = 0; j < scrOnsets.length; j++) {
                int lag = scrOnsets[j] - onsets[k];
                if (lag >= 100 && lag <= 400) {
                    best = Math.max(best, amplitudes[j]);
                }
            }
            response[k] = best;
            System.out.printf(java.util.Locale.ROOT, "bio_eventrelated image %d (%s) at %.2f s: largest SCR 1-4 s later %.3f%n",
                    k + 1, condition[k], onsets[k] / 100.0, best);
        }
        // as in NeuroKit2's event-related example: the negative images are followed by skin conductance
        // responses, the neutral ones by smaller ones (here none)
        assertThat(Math.min(response[0], response[3])).isGreaterThan(Math.max(response[1], response[2]));
        EdaFeatures eda100 = new EdaFeatures(EdaFeatures.Config.of("EDA", 100));
        FeatureMatrix f = eda100.extract(s);
        System.out.println("bio_eventrelated EDA: " + Arrays.toString(f.row(0)) + " " + f.columnNames());
        assertThat(f.get(0, "scr_count")).isGreaterThan(0);
        assertThat(f.get(0, "scl_mean")).isBetween(12.9, 16.8);
    }
}
