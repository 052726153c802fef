package org.avrs.signal.physio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;

class PeakDetectorsTest {

    @Test
    void flatOrShortEcgGivesAnEmptyResultWithAWarning() {
        EcgPeakDetector d = new EcgPeakDetector(EcgPeakDetector.Config.of(100));
        Peaks flat = d.detect(new double[3000]);
        assertThat(flat.isEmpty()).isTrue();
        assertThat(flat.warnings()).isNotEmpty();
        Peaks shortOne = d.detect(new double[10]);
        assertThat(shortOne.isEmpty()).isTrue();
        assertThat(shortOne.warnings()).singleElement().asString().contains("10 samples");
        Peaks ppg = new PpgPeakDetector(PpgPeakDetector.Config.of(100)).detect(new double[3000]);
        assertThat(ppg.isEmpty()).isTrue();
        assertThat(ppg.warnings()).isNotEmpty();
        Signal s = Signal.builder().sampleRate(100).channels(new double[3000]).names(List.of("ECG")).build();
        var e = new HrvFeatures(HrvFeatures.Config.defaults()).extractWithWarnings(s);
        assertThat(e.features().rowCount()).isEqualTo(1);
        assertThat(e.features().get(0, "beats")).isZero();
        assertThat(e.features().get(0, "rmssd")).isNaN();
        assertThat(e.warnings()).isNotEmpty();
    }

    @Test
    void syntheticEcgBeatsAreFound() {
        // narrow Gaussian "R waves" (σ 10 ms) every 0.8 s plus broad T waves 250 ms later at 1/3 height
        double fs = 250;
        double[] x = new double[(int) (30 * fs)];
        int[] planted = new int[36];
        for (int k = 0; k < planted.length; k++) {
            planted[k] = (int) Math.round((0.5 + 0.8 * k) * fs);
            for (int i = 0; i < x.length; i++) {
                double dt = (i - planted[k]) / fs;
                x[i] += Math.exp(-dt * dt / (2 * 0.01 * 0.01)) + 0.33 * Math.exp(-(dt - 0.25) * (dt - 0.25) / (2 * 0.04 * 0.04));
            }
        }
        int[] found = new EcgPeakDetector(EcgPeakDetector.Config.of(fs)).detect(x).indices();
        assertThat(found).hasSameSizeAs(planted);
        for (int k = 0; k < planted.length; k++) {
            assertThat(Math.abs(found[k] - planted[k])).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void wrongRateOrMissingChannelIsBadInput() {
        Signal s = Signal.builder().sampleRate(250).channels(new double[3000], new double[3000])
                .names(List.of("ECG", "EDA")).build();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> new HrvFeatures(HrvFeatures.Config.defaults()).extract(s)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("250");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> new HrvFeatures(HrvFeatures.Config.defaults().withSampleRate(250).withChannel("II")).extract(s)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'II'");
    }

    /**
     * On bio_resting_5min_100hz (ECG and PPG of one subject; shared data, skipped when absent): over its
     * clean first 200 s at least 98 % of R-peaks are followed by exactly one pulse peak within 100–500 ms
     * (the pulse transit; measured 284 of 287 — the misses sit on the artifact near 92 s), and the two
     * detectors find the same number of beats within 1 %.
     */
    @Test
    void ppgPulsesFollowEcgBeats() {
        Signal s = PhysioData.read("bio_resting_5min_100hz.csv", 100).slice(0, 20_000);
        int[] r = new EcgPeakDetector(EcgPeakDetector.Config.of(100)).detect(s.channel("ECG")).indices();
        int[] p = new PpgPeakDetector(PpgPeakDetector.Config.of(100)).detect(s.channel("PPG")).indices();
        int followed = 0;
        double[] delays = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            int rk = r[k];
            long n = Arrays.stream(p).filter(q -> q - rk >= 10 && q - rk <= 50).count();
            followed += n == 1 ? 1 : 0;
            delays[k] = Arrays.stream(p).filter(q -> q >= rk).findFirst().orElse(rk) - rk;
        }
        Arrays.sort(delays);
        System.out.printf("bio_resting_5min first 200 s: %d R-peaks, %d PPG peaks, %d R-peaks followed by one pulse"
                + " within 100-500 ms, median delay %.0f ms%n", r.length, p.length, followed, delays[r.length / 2] * 10);
        assertThat((double) followed / r.length).isGreaterThanOrEqualTo(0.98);
        assertThat(Math.abs(p.length - r.length)).isLessThanOrEqualTo(Math.max(1, r.length / 100));
    }
}
