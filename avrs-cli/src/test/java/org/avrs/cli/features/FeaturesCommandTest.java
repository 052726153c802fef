package org.avrs.cli.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.avrs.core.Signal;
import org.avrs.core.testing.SharedData;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.eeg.BandPower;
import org.avrs.signal.eeg.EegInput;
import org.avrs.signal.io.WavFormat;
import org.avrs.signal.io.WavWriter;
import org.avrs.signal.speech.Mfcc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTest {

    @TempDir
    static Path dir;

    private static Path wav;
    private static Signal audio;
    private static Path eegCsv;

    @BeforeAll
    static void files() throws Exception {
        double fs = 16000;
        double[] x = new double[8000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.4 * Math.sin(2 * Math.PI * 220 * i / fs) + 0.1 * Math.sin(2 * Math.PI * 1234 * i / fs);
        }
        wav = dir.resolve("tone.wav");
        WavWriter.write(Signal.builder().sampleRate(fs).channels(x).names(List.of("mono")).build(),
                WavFormat.Encoding.FLOAT32, wav);
        audio = org.avrs.signal.io.SignalReaders.read(wav).signals().get(0); // as the command reads it
        // 4 EEG channels, 10 s at 128 Hz: alpha on the left, beta on the right
        StringBuilder csv = new StringBuilder("F3,F4,Cz,ECGish\n");
        for (int i = 0; i < 1280; i++) {
            double t = i / 128.0;
            csv.append(20 * Math.sin(2 * Math.PI * 10 * t)).append(',')
                    .append(10 * Math.sin(2 * Math.PI * 20 * t)).append(',')
                    .append(5 * Math.sin(2 * Math.PI * 6 * t) + Math.cos(i * 0.37)).append(',')
                    .append(Math.sin(i * 0.11)).append('\n');
        }
        eegCsv = dir.resolve("eeg.csv");
        Files.writeString(eegCsv, csv);
    }

    private static double[] row(String line) {
        return Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void mfccMatchesTheLibraryAndTakesTheLibrosaOptions() {
        FeaturesRun run = FeaturesRun.of("mfcc", wav.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.lines();
        assertThat(lines[0]).isEqualTo("time,mfcc_0,mfcc_1,mfcc_2,mfcc_3,mfcc_4,mfcc_5,mfcc_6,mfcc_7,mfcc_8,mfcc_9,"
                + "mfcc_10,mfcc_11,mfcc_12");
        FeatureMatrix direct = new Mfcc(Mfcc.Config.defaults()).extract(audio);
        assertThat(lines).hasSize(direct.rowCount() + 1);
        double[] first = row(lines[1]);
        assertThat(first[0]).isEqualTo(direct.time(0));
        assertThat(Arrays.copyOfRange(first, 1, first.length)).containsExactly(direct.row(0), within(0.0));

        FeaturesRun custom = FeaturesRun.of("mfcc", wav.toString(), "--n-mfcc", "20", "--n-mels", "64", "--n-fft", "1024",
                "--win", "1024", "--hop", "256", "--fmin", "50", "--fmax", "7000", "--htk");
        assertThat(custom.exitCode()).as(custom.err()).isZero();
        assertThat(custom.lines()[0].split(",")).hasSize(21);
        assertThat(custom.lines()).hasSize(1 + 8000 / 256 + 1);
    }

    @Test
    void fbankAndPlpHaveTheirColumns() {
        FeaturesRun fbank = FeaturesRun.of("fbank", wav.toString());
        assertThat(fbank.exitCode()).as(fbank.err()).isZero();
        assertThat(fbank.lines()[0].split(",")).hasSize(41);
        FeaturesRun plp = FeaturesRun.of("plp", wav.toString());
        assertThat(plp.exitCode()).as(plp.err()).isZero();
        assertThat(plp.lines()[0].split(",")).hasSize(14);
    }

    @Test
    void eegBandPowerOfACsvFileToAnOutputFile() throws Exception {
        Path out = dir.resolve("sub/bandpower.csv");
        FeaturesRun run = FeaturesRun.of("eeg-bandpower", eegCsv.toString(), "--rate", "128", "--channel", "F3,F4",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("time,F3_delta_power,F3_theta_power,F3_alpha_power")
                .endsWith("F4_gamma_relpower");
        assertThat(lines).hasSize(1 + 9);
        String[] header = lines.get(0).split(",");
        double[] r = row(lines.get(1));
        assertThat(r[Arrays.asList(header).indexOf("F3_alpha_power")]).isCloseTo(200, within(1e-9));
        assertThat(r[Arrays.asList(header).indexOf("F4_beta_relpower")]).isCloseTo(1, within(1e-12));
        Signal s = org.avrs.signal.io.CsvSignalReader.read(eegCsv, org.avrs.signal.io.CsvSignalReader.Config.of(128));
        FeatureMatrix direct = new BandPower(BandPower.Config.defaults()
                .withInput(EegInput.defaults().withChannels(List.of("F3", "F4")))).extract(s);
        assertThat(r).containsExactly(prepend(direct.time(0), direct.row(0)), within(0.0));
    }

    private static double[] prepend(double t, double[] row) {
        double[] out = new double[row.length + 1];
        out[0] = t;
        System.arraycopy(row, 0, out, 1, row.length);
        return out;
    }

    @Test
    void otherEegExtractors() {
        FeaturesRun de = FeaturesRun.of("eeg-de", eegCsv.toString(), "--rate", "128", "--window", "4", "--step", "2");
        assertThat(de.exitCode()).as(de.err()).isZero();
        assertThat(de.lines()).hasSize(1 + 4);
        assertThat(de.lines()[0]).contains("F3_alpha_de", "ECGish_gamma_de");
        FeaturesRun asym = FeaturesRun.of("eeg-asymmetry", eegCsv.toString(), "--rate", "128",
                "--bands", "alpha:8-13,beta:14-30");
        assertThat(asym.exitCode()).as(asym.err()).isZero();
        assertThat(asym.lines()[0]).isEqualTo("time,F3-F4_alpha_dasm,F3-F4_beta_dasm,F3-F4_alpha_rasm,F3-F4_beta_rasm");
        double[] r = row(asym.lines()[3]);
        assertThat(r[1]).isGreaterThan(2); // F3 carries the alpha, F4 the beta
        assertThat(r[2]).isLessThan(-2);
        FeaturesRun hjorth = FeaturesRun.of("hjorth", eegCsv.toString(), "--rate", "128", "--channel", "F3");
        assertThat(hjorth.exitCode()).as(hjorth.err()).isZero();
        assertThat(hjorth.lines()).hasSize(2);
        assertThat(row(hjorth.lines()[1])[2]).isCloseTo(2 * Math.sin(Math.PI * 10 / 128), within(1e-3));
        FeaturesRun stats = FeaturesRun.of("channel-stats", eegCsv.toString(), "--rate", "128");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.lines()[0]).startsWith("time,F3_mean,F3_variance,F3_rms,F3_skewness,F3_kurtosis,F4_mean");
        assertThat(row(stats.lines()[1])[5]).isCloseTo(1.5, within(1e-9)); // a sine's kurtosis
    }

    @Test
    void usageErrorsExitTwo() {
        FeaturesRun unknown = FeaturesRun.of("mfccc", wav.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown extractor 'mfccc'").contains("eeg-bandpower");
        FeaturesRun noRate = FeaturesRun.of("eeg-de", eegCsv.toString());
        assertThat(noRate.exitCode()).isEqualTo(2);
        assertThat(noRate.err()).contains("--rate");
        FeaturesRun badMfcc = FeaturesRun.of("mfcc", wav.toString(), "--n-mfcc", "0");
        assertThat(badMfcc.exitCode()).isEqualTo(2);
        assertThat(badMfcc.err()).contains("nMfcc 0");
        FeaturesRun gamma = FeaturesRun.of("eeg-de", eegCsv.toString(), "--rate", "90");
        assertThat(gamma.exitCode()).isEqualTo(2);
        assertThat(gamma.err()).contains("gamma").contains("Nyquist");
        FeaturesRun bands = FeaturesRun.of("eeg-bandpower", eegCsv.toString(), "--rate", "128", "--bands", "alpha=8-14");
        assertThat(bands.exitCode()).isEqualTo(2);
        assertThat(bands.err()).contains("alpha:8-14");
        FeaturesRun imemd = FeaturesRun.of("imemd43", wav.toString());
        assertThat(imemd.exitCode()).isEqualTo(2);
        assertThat(imemd.err()).contains("not available yet");
        FeaturesRun help = FeaturesRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--n-mfcc", "librosa", "eeg-asymmetry", "smoothmedian");
    }

    @Test
    void badInputExitsThree() throws Exception {
        FeaturesRun missing = FeaturesRun.of("mfcc", dir.resolve("nope.wav").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nope.wav").doesNotContain("Exception");
        Path junk = dir.resolve("junk.wav");
        Files.writeString(junk, "this is not audio");
        FeaturesRun garbage = FeaturesRun.of("mfcc", junk.toString());
        assertThat(garbage.exitCode()).isEqualTo(3);
        assertThat(garbage.err()).contains("junk.wav");
        FeaturesRun channel = FeaturesRun.of("eeg-de", eegCsv.toString(), "--rate", "128", "--channel", "O1");
        assertThat(channel.exitCode()).isEqualTo(3);
        assertThat(channel.err()).contains("'O1'").contains("F3");
        FeaturesRun rate = FeaturesRun.of("mfcc", wav.toString(), "--rate", "8000");
        assertThat(rate.exitCode()).isEqualTo(3);
        assertThat(rate.err()).contains("16000");
        FeaturesRun noPairs = FeaturesRun.of("eeg-asymmetry", eegCsv.toString(), "--rate", "128", "--channel", "Cz");
        assertThat(noPairs.exitCode()).isEqualTo(3);
        assertThat(noPairs.err()).contains("no symmetric");
    }

    @Test
    void physiologyWithoutBeatsWarnsAndWritesNaN() throws Exception {
        Path flat = dir.resolve("flat.csv");
        Files.writeString(flat, "ECG\n" + "0.0\n".repeat(3000));
        FeaturesRun run = FeaturesRun.of("hrv", flat.toString(), "--rate", "100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("avrs: warning:");
        assertThat(run.lines()[0]).isEqualTo("time,beats,hr_mean,mean_nn,sdnn,rmssd,pnn50,lf,hf,lf_hf");
        assertThat(run.lines()[1]).isEqualTo("15.0,0.0,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN");
    }

    @Test
    void realPhysiologyRecordings() {
        Path physio = SharedData.require("physio");
        FeaturesRun hrv = FeaturesRun.of("hrv", physio.resolve("bio_resting_8min_100hz.csv").toString(), "--rate", "100");
        assertThat(hrv.exitCode()).as(hrv.err()).isZero();
        double[] h = row(hrv.lines()[1]);
        System.out.println("avrs features hrv bio_resting_8min_100hz.csv: " + hrv.lines()[1]);
        assertThat(h[1]).isEqualTo(478); // beats (EcgReferenceTest: all 478 agree with Pan-Tompkins)
        assertThat(h[2]).isBetween(50.0, 70.0);
        FeaturesRun ppg = FeaturesRun.of("hrv", physio.resolve("bio_resting_5min_100hz.csv").toString(), "--rate", "100",
                "--peaks", "ppg", "--channel", "PPG");
        assertThat(ppg.exitCode()).as(ppg.err()).isZero();
        FeaturesRun eda = FeaturesRun.of("eda", physio.resolve("bio_eventrelated_100hz.csv").toString(), "--rate", "100");
        assertThat(eda.exitCode()).as(eda.err()).isZero();
        assertThat(eda.lines()[0]).startsWith("time,scl_mean,phasic_sd,scr_count");
        FeaturesRun scr = FeaturesRun.of("scr", physio.resolve("bio_eventrelated_100hz.csv").toString(), "--rate", "100",
                "--method", "smoothmedian");
        assertThat(scr.exitCode()).as(scr.err()).isZero();
        assertThat(scr.lines()[0]).isEqualTo("time,onset_time,amplitude,rise_time,recovery_time");
        assertThat(scr.lines().length).isGreaterThan(1);
    }

    @Test
    void realEdfRecording() {
        Path edf = SharedData.require("eeg").resolve("pyedflib").resolve("test_generator.edf");
        FeaturesRun run = FeaturesRun.of("eeg-bandpower", edf.toString(), "--channel", "sine 15 Hz,sine 17 Hz",
                "--window", "10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(1 + 119); // 600 s, 10 s windows every 5 s
        String[] header = run.lines()[0].split(",");
        double[] r = row(run.lines()[1]);
        assertThat(r[Arrays.asList(header).indexOf("sine 15 Hz_beta_relpower")]).isGreaterThan(0.99);
    }
}
