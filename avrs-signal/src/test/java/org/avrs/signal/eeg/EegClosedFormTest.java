package org.avrs.signal.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.Sos;
import org.junit.jupiter.api.Test;

/** EEG features against closed forms: sines, Gaussian noise of known σ, hand-computed statistics. */
class EegClosedFormTest {

    private static final double FS = 128;

    private static Signal sines(double seconds, double[][] freqAmp, String... names) {
        int n = (int) (seconds * FS);
        double[][] x = new double[names.length][n];
        for (int c = 0; c < names.length; c++) {
            for (int i = 0; i < n; i++) {
                x[c][i] = freqAmp[c][1] * Math.sin(2 * Math.PI * freqAmp[c][0] * i / FS);
            }
        }
        return Signal.builder().sampleRate(FS).channels(x).names(List.of(names)).build();
    }

    @Test
    void differentialEntropyFormulaUsesVarianceAndNaturalLog() {
        // ½·ln(2πe·σ²): σ = 1 → 1.4189385332, σ = 2 → 2.1120857 (docs: digest eeg.md §7, scipy.stats.norm.entropy)
        assertThat(DifferentialEntropy.of(1)).isCloseTo(1.4189385332046727, within(1e-15));
        assertThat(DifferentialEntropy.of(4)).isCloseTo(2.112085713764618, within(1e-15));
        assertThat(DifferentialEntropy.of(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void differentialEntropyOfBandLimitedGaussianNoise() {
        // white N(0, σ²) through the zero-phase band-pass has variance σ²·∫|H|⁴df/(fs/2); DE = ½ln(2πe·that)
        double sigma = 3;
        Random rnd = new Random(42);
        int n = (int) (FS * 600);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sigma * rnd.nextGaussian();
        }
        Signal s = Signal.builder().sampleRate(FS).channels(x).names(List.of("Cz")).build();
        Band alpha = new Band("alpha", 8, 14);
        EegInput in = new EegInput(FS, List.of("Cz"), 0, 0);
        double de = new DifferentialEntropy(new DifferentialEntropy.Config(in, List.of(alpha), 4)).extract(s)
                .get(0, "Cz_alpha_de");
        double ratio = powerFourIntegral(Butterworth.bandpass(4, 8, 14, FS)) / (FS / 2);
        assertThat(de).isCloseTo(DifferentialEntropy.of(sigma * sigma * ratio), within(0.02));
        // σ² rather than σ would be off by ½ln(σ²)/… — far outside the tolerance
        assertThat(Math.abs(de - 0.5 * Math.log(2 * Math.PI * Math.E * sigma * ratio))).isGreaterThan(0.3);
    }

    @Test
    void zeroPhaseGammaFilterPassesTheDigestsVarianceFraction() {
        // digest eeg.md §7: order-4 γ 30–50 Hz filtfilt at 256 Hz passes σ²·0.1406 of white noise
        double fraction = powerFourIntegral(Butterworth.bandpass(4, 30, 50, 256)) / 128;
        assertThat(fraction).isCloseTo(0.1406, within(5e-4));
    }

    /** ∫₀^{fs/2} |H(f)|⁴ df by the midpoint rule on 20,000 points. */
    private static double powerFourIntegral(Sos sos) {
        int m = 20_000;
        double nyq = sos.sampleRate() / 2;
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            f[i] = (i + 0.5) * nyq / m;
        }
        double sum = 0;
        for (double h : sos.magnitude(f)) {
            sum += h * h * h * h;
        }
        return sum * nyq / m;
    }

    @Test
    void tenHertzSineLandsInAlphaWithPowerASquaredOverTwo() {
        Signal s = sines(10, new double[][] {{10, 20}}, "O1");
        BandPower.Config c = BandPower.Config.defaults().withInput(EegInput.defaults().withChannels(List.of("O1")));
        FeatureMatrix m = new BandPower(c).extract(s);
        assertThat(m.rowCount()).isEqualTo(9); // 10 s, 2 s windows every 1 s
        for (int r = 0; r < m.rowCount(); r++) {
            assertThat(m.get(r, "O1_alpha_power")).isCloseTo(200.0, within(200 * 1e-12));
            assertThat(m.get(r, "O1_alpha_relpower")).isCloseTo(1.0, within(1e-12));
            assertThat(m.get(r, "O1_theta_power")).isLessThan(1e-20);
            assertThat(m.get(r, "O1_beta_relpower")).isLessThan(1e-20);
        }
        assertThat(m.time(0)).isEqualTo(1.0);
        assertThat(m.time(8)).isEqualTo(9.0);
    }

    @Test
    void hjorthMobilityOfASineIsTwoSinPiFOverFs() {
        for (double f : new double[] {2, 10, 25}) {
            Signal s = sines(60, new double[][] {{f, 7}}, "Pz");
            FeatureMatrix m = new Hjorth(new Hjorth.Config(EegInput.defaults().withChannels(List.of("Pz")).wholeRecord()))
                    .extract(s);
            assertThat(m.get(0, "Pz_mobility")).as("f %s", f).isCloseTo(2 * Math.sin(Math.PI * f / FS),
                    within(1e-4 * 2 * Math.sin(Math.PI * f / FS)));
            assertThat(m.get(0, "Pz_complexity")).isCloseTo(1.0, within(1e-3));
            assertThat(m.get(0, "Pz_activity")).isCloseTo(49 / 2.0, within(1e-3));
        }
    }

    @Test
    void hjorthOfWhiteNoise() {
        Random rnd = new Random(7);
        double[] x = new double[200_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        Signal s = Signal.builder().sampleRate(FS).channels(x).names(List.of("Cz")).build();
        FeatureMatrix m = new Hjorth(new Hjorth.Config(EegInput.defaults().withChannels(List.of("Cz")).wholeRecord()))
                .extract(s);
        assertThat(m.get(0, "Cz_mobility")).isCloseTo(Math.sqrt(2), within(0.01));
        assertThat(m.get(0, "Cz_complexity")).isCloseTo(Math.sqrt(1.5), within(0.01));
    }

    @Test
    void channelStatisticsByHand() {
        // digest eeg.md §7 (paper 03 Table 2, biased, non-excess kurtosis)
        Signal s = Signal.builder().sampleRate(FS).channels(new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {0, 0, 0, 0, 0, 0, 0, 10}, new double[] {4, 4, 4, 4, 4, 4, 4, 4})
                .names(List.of("a", "b", "c")).build();
        EegInput in = new EegInput(FS, List.of("a", "b", "c"), 0, 0);
        FeatureMatrix m = new ChannelStatistics(new ChannelStatistics.Config(in)).extract(s);
        // 1…8: mean 4.5, var 5.25, RMS √25.5, skew 0, kurt (1/8 Σ z⁴) = 1.7619047619
        assertThat(m.get(0, "a_mean")).isEqualTo(4.5);
        assertThat(m.get(0, "a_variance")).isCloseTo(5.25, within(1e-13));
        assertThat(m.get(0, "a_rms")).isCloseTo(Math.sqrt(25.5), within(1e-13));
        assertThat(m.get(0, "a_skewness")).isCloseTo(0, within(1e-13));
        assertThat(m.get(0, "a_kurtosis")).isCloseTo(1.7619047619047619, within(1e-12));
        assertThat(m.get(0, "b_variance")).isCloseTo(10.9375, within(1e-12));
        assertThat(m.get(0, "b_rms")).isCloseTo(3.5355339059327378, within(1e-12));
        assertThat(m.get(0, "b_skewness")).isCloseTo(2.2677868380553634, within(1e-12));
        assertThat(m.get(0, "b_kurtosis")).isCloseTo(6.142857142857143, within(1e-12));
        assertThat(m.get(0, "c_variance")).isZero();
        assertThat(m.get(0, "c_skewness")).isNaN();
        assertThat(m.get(0, "c_kurtosis")).isNaN();
        Signal five = Signal.builder().sampleRate(FS).channels(new double[] {1, 2, 3, 4, 5}).names(List.of("a")).build();
        FeatureMatrix m5 = new ChannelStatistics(new ChannelStatistics.Config(in.withChannels(List.of("a")))).extract(five);
        assertThat(m5.get(0, "a_kurtosis")).isCloseTo(1.7, within(1e-13));
        assertThat(m5.get(0, "a_rms")).isCloseTo(3.3166247903554, within(1e-12));
    }

    @Test
    void asymmetryOfPlantedSinesIsTheLogAmplitudeRatio() {
        // DE difference of two sines = ½ln(σ²_L/σ²_R) = ln(A_L/A_R) for the same band response
        Signal s = sines(30, new double[][] {{10, 30}, {10, 10}}, "F3", "F4");
        DifferentialEntropy.Config de = DifferentialEntropy.Config.defaults().withInput(
                EegInput.defaults().withChannels(List.of("F3", "F4")));
        FeatureMatrix m = new Asymmetry(new Asymmetry.Config(de, List.of(new ChannelPair("F3", "F4")))).extract(s);
        for (int r = 1; r < m.rowCount() - 1; r++) {
            assertThat(m.get(r, "F3-F4_alpha_dasm")).isCloseTo(Math.log(3), within(1e-3));
        }
        double ratio = m.get(5, "F3-F4_alpha_rasm");
        FeatureMatrix d = new DifferentialEntropy(de).extract(s);
        assertThat(ratio).isCloseTo(d.get(5, "F3_alpha_de") / d.get(5, "F4_alpha_de"), within(1e-12));
    }

    @Test
    void montagePairs() {
        assertThat(Montage.DEAP_32).hasSize(32).doesNotHaveDuplicates();
        assertThat(Montage.SEED_62).hasSize(62).doesNotHaveDuplicates();
        assertThat(Montage.pairsIn(Montage.DEAP_32)).hasSize(14);
        assertThat(Montage.pairsIn(Montage.SEED_62)).hasSize(27);
        for (ChannelPair p : Montage.SEED_PAIRS) {
            assertThat(Montage.SEED_62).contains(p.left(), p.right());
        }
        // matched ignoring case, spelled as in the signal
        assertThat(Montage.pairsIn(List.of("FP1", "fp2", "Cz", "O1"))).containsExactly(new ChannelPair("FP1", "fp2"));
        assertThat(Montage.pairsIn(List.of("EEG F3", "EEG F4-REF", "EEG F7-F3", "T3", "EEG T4"))).containsExactly(
                new ChannelPair("EEG F3", "EEG F4-REF"), new ChannelPair("T3", "EEG T4"));
    }

    @Test
    void badInputAndConfigsFailClearly() {
        Signal s = sines(10, new double[][] {{10, 1}}, "O1");
        BandPower deap = new BandPower(BandPower.Config.defaults());
        assertThatThrownBy(() -> deap.extract(s)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Fp1").hasMessageContaining("O1");
        EegInput o1 = EegInput.defaults().withChannels(List.of("O1"));
        assertThatThrownBy(() -> new Hjorth(new Hjorth.Config(o1.withSampleRate(256))).extract(s))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("256");
        assertThatThrownBy(() -> new DifferentialEntropy(DifferentialEntropy.Config.defaults().withInput(o1))
                .extract(s.slice(0, 100))).isInstanceOf(InvalidInputException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> new Band("alpha", 14, 8)).hasMessageContaining("low < high");
        assertThatThrownBy(() -> new Band("a b", 1, 2)).hasMessageContaining("letters");
        assertThatThrownBy(() -> new EegInput(Double.NaN, List.of("a"), 1, 1)).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> o1.withWindow(2, 0)).hasMessageContaining("stepSeconds");
        assertThatThrownBy(() -> o1.withWindow(Double.NaN, 1)).hasMessageContaining("windowSeconds");
        assertThatThrownBy(() -> DifferentialEntropy.Config.defaults().withInput(o1.withSampleRate(100)))
                .hasMessageContaining("gamma").hasMessageContaining("Nyquist");
        assertThatThrownBy(() -> BandPower.Config.defaults().withSegmentSeconds(4)).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> new Asymmetry.Config(DifferentialEntropy.Config.defaults(),
                List.of(new ChannelPair("X1", "X2")))).hasMessageContaining("X1-X2");
        assertThatThrownBy(() -> BandPower.Config.defaults().withBands(List.of(new Band("a", 1, 2), new Band("a", 2, 3))))
                .hasMessageContaining("repeat");
    }
}
