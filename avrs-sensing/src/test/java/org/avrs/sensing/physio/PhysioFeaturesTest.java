package org.avrs.sensing.physio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.SharedData;
import org.avrs.signal.io.CsvSignalReader;
import org.junit.jupiter.api.Test;

/** The Đorđević Čegar-style features, on NeuroKit2's real example recordings (skipped without them). */
class PhysioFeaturesTest {

    private static Signal csv(String file) {
        Path dir = SharedData.require("physio");
        return CsvSignalReader.read(dir.resolve(file), CsvSignalReader.Config.of(100));
    }

    /** The ECG and the PPG of bio_resting_5min were recorded together: both give the same heart rate. */
    @Test
    void ecgAndPpgAgreeOnTheHeartRate() {
        Signal s = csv("bio_resting_5min_100hz.csv");
        Signal withEda = Signal.builder().sampleRate(100).channels(s.channel("ECG"), s.channel("PPG"),
                s.channel("RSP")).names(List.of("ECG", "PPG", "EDA")).build();
        PhysioFeatures.Result ecg = new PhysioFeatures(PhysioFeatures.Config.ecg(100)).extract(withEda);
        PhysioFeatures.Result ppg = new PhysioFeatures(PhysioFeatures.Config.ppg(100)).extract(withEda);
        double hrEcg = ecg.values()[PhysioFeatures.NAMES.indexOf("hr_mean")];
        double hrPpg = ppg.values()[PhysioFeatures.NAMES.indexOf("hr_mean")];
        double medianEcg = ecg.values()[PhysioFeatures.NAMES.indexOf("hr_median")];
        System.out.printf("bio_resting_5min: HR %.2f bpm from ECG, %.2f bpm from PPG; median %.2f; moving SD %.2f%n",
                hrEcg, hrPpg, medianEcg, ecg.values()[PhysioFeatures.NAMES.indexOf("hr_moving_sd")]);
        assertThat(hrEcg).isBetween(50.0, 110.0);
        assertThat(hrPpg).isCloseTo(hrEcg, within(2.0));
        assertThat(medianEcg).isCloseTo(hrEcg, within(5.0));
        assertThat(ecg.values()[PhysioFeatures.NAMES.indexOf("hr_moving_sd")]).isBetween(0.1, 15.0);
    }

    @Test
    void skinConductanceOfTheEventRelatedRecording() {
        Signal s = csv("bio_eventrelated_100hz.csv");
        PhysioFeatures.Result r = new PhysioFeatures(PhysioFeatures.Config.ecg(100)).extract(s);
        double median = r.values()[PhysioFeatures.NAMES.indexOf("eda_median")];
        // The raw EDA runs from 12.95 to 16.77 (data README); cleaning low-passes it at 3 Hz.
        assertThat(median).isBetween(12.9, 16.8);
        assertThat(r.values()[PhysioFeatures.NAMES.indexOf("scl_mean")]).isBetween(12.9, 16.8);
        assertThat(r.complete()).isTrue();
    }

    /** A synthetic heart: beats every 0.8 s exactly → 75 bpm, SDNN 0, RMSSD 0, moving SD 0. */
    @Test
    void aRegularPulseGivesItsRateAndNoVariability() {
        double fs = 100;
        int n = 6000;
        double[] ppg = new double[n];
        double[] eda = new double[n];
        for (int i = 0; i < n; i++) {
            double phase = (i / fs) % 0.8;
            ppg[i] = Math.exp(-0.5 * Math.pow((phase - 0.15) / 0.05, 2));
            eda[i] = 5 + 0.001 * Math.sin(i / 50.0);
        }
        Signal s = Signal.builder().sampleRate(fs).channels(ppg, eda).names(List.of("PPG", "EDA")).build();
        PhysioFeatures.Result r = new PhysioFeatures(PhysioFeatures.Config.ppg(fs)).extract(s);
        assertThat(r.values()[0]).isCloseTo(75.0, within(0.01));
        assertThat(r.values()[1]).isCloseTo(75.0, within(0.01));
        assertThat(r.values()[2]).isCloseTo(0.0, within(1e-6));
        assertThat(r.values()[3]).isCloseTo(0.0, within(1e-6));
        assertThat(r.values()[PhysioFeatures.NAMES.indexOf("eda_median")]).isCloseTo(5.0, within(0.01));
        assertThat(r.values()[PhysioFeatures.NAMES.indexOf("scr_amplitude_mean")]).isZero();
    }

    @Test
    void missingChannelsAndBadConfigsAreRefused() {
        Signal s = Signal.builder().sampleRate(100).channels(new double[1000], new double[1000])
                .names(List.of("A", "B")).build();
        assertThatThrownBy(() -> new PhysioFeatures(PhysioFeatures.Config.ecg(100)).extract(s))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'ECG'");
        assertThatThrownBy(() -> new PhysioFeatures.Config("ECG", org.avrs.signal.physio.HrvFeatures.Source.ECG, "EDA",
                100, Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("movingSeconds NaN");
    }
}
