package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.avrs.core.Signal;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Matrix;

/**
 * The EDF/BDF files of ../shared/data/eeg (pyedflib and MNE test data; see its README), compared with
 * EEGLAB's reading of the same files (the *_eeglab.mat and test_uneven_samp.mat references, float32,
 * read here directly with MFL) and with the known content of pyedflib's generated signals. Skipped
 * when the data is absent.
 */
class EdfRealFilesTest {

    private static Path eeg(String file) {
        return SharedData.require("eeg").resolve(file);
    }

    private static Matrix eeglab(String file) throws IOException {
        return Mat5.readFromFile(eeg(file).toString()).getMatrix("data");
    }

    /**
     * Largest |ours − EEGLAB| over all samples of the given channels; EEGLAB stored float32, so the
     * tolerance is half a float32 ulp of the value (2^-24·|x|) plus 1e-9.
     */
    private static double maxDifference(Signal s, Matrix ref, int refRowOffset, int[] samplesPerRefColumn) {
        double max = 0;
        String worst = "";
        for (int c = 0; c < s.channelCount(); c++) {
            for (int i = 0; i < s.length(); i++) {
                double theirs = ref.getDouble(c + refRowOffset, i * samplesPerRefColumn[c]);
                double excess = Math.abs(s.get(c, i) - theirs) - (Math.ulp((float) theirs) / 2 + 1e-9);
                if (excess > 0) {
                    worst = s.channelNames().get(c) + " sample " + i + ": ours " + s.get(c, i) + ", EEGLAB " + theirs;
                }
                max = Math.max(max, Math.abs(s.get(c, i) - theirs));
            }
        }
        assertThat(worst).as("a sample beyond half a float32 ulp").isEmpty();
        return max;
    }

    /** max over n of |x[n] − amplitude · sin(2π f (n + 1) / rate)| (pyedflib's generator starts at n + 1). */
    private static double maxDeviationFromSine(double[] x, double amplitude, double f, double rate) {
        double max = 0;
        for (int n = 0; n < x.length; n++) {
            max = Math.max(max, Math.abs(x[n] - amplitude * Math.sin(2 * Math.PI * f * (n + 1) / rate)));
        }
        return max;
    }

    private static int[] ones(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    @Test
    void mneTestEdfMatchesEeglab() throws IOException {
        Recording r = EdfReader.read(eeg("mne/test.edf"));
        assertThat(r.signals()).hasSize(1);
        Signal s = r.signals().get(0);
        assertThat(s.channelCount()).isEqualTo(139);
        assertThat(s.sampleRate()).isEqualTo(512);
        assertThat(s.length()).isEqualTo(3072);
        assertThat(s.channelNames()).startsWith("A1", "A2").endsWith("Ergo-Left", "Ergo-Right", "Status");
        assertThat(s.startTime()).contains(Instant.parse("2014-04-29T22:19:44Z"));
        Matrix ref = eeglab("mne/test_edf_eeglab.mat");
        assertThat(ref.getDimensions()).containsExactly(139, 3072);
        double max = maxDifference(s, ref, 0, ones(139));
        System.out.printf("mne/test.edf vs EEGLAB: max |diff| = %.3e uV over 139 x 3072 samples%n", max);
        assertThat(r.annotations()).containsExactly(new Annotation(0, 0, "start"), new Annotation(0.1344, 0.256, "type A"),
                new Annotation(0.3904, 1, "type A"), new Annotation(2, 0, "type B"), new Annotation(2.5, 2.5, "type A"));
        assertThat(r.header()).containsEntry("format", "EDF+C");
    }

    @Test
    void mneTestBdfMatchesEeglab() throws IOException {
        Recording r = EdfReader.read(eeg("mne/test.bdf"));
        Signal s = r.signals().get(0);
        assertThat(s.channelCount()).isEqualTo(73);
        assertThat(s.sampleRate()).isEqualTo(2048);
        assertThat(s.channelNames()).startsWith("Fp1", "AF7").endsWith("Status");
        assertThat(r.header()).containsEntry("format", "BDF").containsEntry("Fp1.prefilter", "HP: DC; LP: 417 Hz");
        Matrix ref = eeglab("mne/test_bdf_eeglab.mat");
        assertThat(ref.getDimensions()).containsExactly(72, 2048); // without Status
        Signal eegOnly = s.select(java.util.stream.IntStream.range(0, 72).toArray());
        double max = maxDifference(eegOnly, ref, 0, ones(72));
        System.out.printf("mne/test.bdf vs EEGLAB: max |diff| = %.3e uV over 72 x 2048 samples%n", max);
    }

    /** EEGLAB's reference holds both channels held at 1600 Hz: 100 Hz samples repeat 16×, 12.8 Hz ones 125×. */
    @Test
    void unevenRatesBecomeTwoSignalsMatchingEeglab() throws IOException {
        Recording r = EdfReader.read(eeg("mne/test_uneven_samp.edf"));
        assertThat(r.signals()).hasSize(2);
        Signal fast = r.signals().get(0);
        Signal slow = r.signals().get(1);
        assertThat(fast.sampleRate()).isEqualTo(100);
        assertThat(slow.sampleRate()).isEqualTo(12.8);
        assertThat(fast.length()).isEqualTo(11000);
        assertThat(slow.length()).isEqualTo(1408);
        assertThat(fast.units()).containsExactly("V");
        assertThat(slow.channelNames()).containsExactly("0.2Hz Blk 1/0uV");
        Matrix ref = eeglab("mne/test_uneven_samp.mat");
        double a = maxDifference(fast, ref, 0, new int[] {16});
        double b = maxDifference(slow, ref, 1, new int[] {125});
        System.out.printf("test_uneven_samp.edf vs EEGLAB: max |diff| = %.3e (100 Hz), %.3e (12.8 Hz)%n", a, b);
    }

    /**
     * MNE's text dump of this file (717 of its 1228 samples × 25 channels, µV) is checked by MNE's own test
     * with assert_array_almost_equal(txt · 1e-6, data_in_volts), i.e. to 1.5e-6 V = 1.5 µV; the same
     * tolerance here. The trigger channel (last column) must match exactly.
     */
    @Test
    void stimChannelFileMatchesMnesTextDump() throws IOException {
        Recording r = EdfReader.read(eeg("mne/test_edf_stim_channel.edf"));
        Signal s = r.signals().get(0);
        assertThat(s.channelCount()).isEqualTo(25);
        assertThat(s.sampleRate()).isEqualTo(128);
        assertThat(s.durationSeconds()).isEqualTo(9.59375);
        List<String> lines = Files.readAllLines(eeg("mne/test_edf_stim_channel.txt"));
        int rows = 0;
        double max = 0;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            assertThat(f).hasSize(25);
            for (int c = 0; c < 24; c++) {
                max = Math.max(max, Math.abs(s.get(c, rows) - Double.parseDouble(f[c])));
            }
            assertThat(s.get(24, rows)).isEqualTo(Double.parseDouble(f[24]));
            rows++;
        }
        assertThat(rows).isEqualTo(717);
        assertThat(max).isLessThan(1.5);
        System.out.printf("test_edf_stim_channel.edf vs MNE text dump: max |diff| = %.3g uV%n", max);
    }

    /**
     * pyedflib's generator: sine channels 100·sin(2π f (n+1)/200) µV quantised on ±32767 for ±1000 µV; ours
     * are within 1.5 digital steps (measured with numpy while preparing this test: ≤ 1.50 steps).
     */
    @Test
    void pyedflibGeneratorEdfHasItsKnownSines() {
        Recording r = EdfReader.read(eeg("pyedflib/test_generator.edf"));
        assertThat(r.signals()).hasSize(1);
        Signal s = r.signals().get(0);
        assertThat(s.channelCount()).isEqualTo(11);
        assertThat(s.sampleRate()).isEqualTo(200);
        assertThat(s.length()).isEqualTo(120_000);
        assertThat(s.startTime()).contains(Instant.parse("2011-04-04T12:57:02Z"));
        double step = 2000.0 / 65534;
        String[] names = {"sine 1 Hz", "sine 8 Hz", "sine 8.1777 Hz", "sine 8.5 Hz", "sine 15 Hz", "sine 17 Hz", "sine 50 Hz"};
        double[] freqs = {1, 8, 8.1777, 8.5, 15, 17, 50};
        for (int k = 0; k < names.length; k++) {
            double max = maxDeviationFromSine(s.channel(names[k]), 100, freqs[k], 200);
            assertThat(max / step).as(names[k] + ", in digital steps").isLessThanOrEqualTo(1.5 + 1e-9);
        }
        assertThat(r.annotations()).containsExactly(new Annotation(0, 0, "Recording starts"),
                new Annotation(600, 0, "Recording ends"));
    }

    /** BDF+ with five rates (pyedflib's tests assert 1000, 800, 500, 975, 999 Hz) and a 5 Hz sine of 1000 µV. */
    @Test
    void pyedflibGeneratorBdfHasFiveRates() {
        Recording r = EdfReader.read(eeg("pyedflib/test_generator.bdf"));
        assertThat(r.signals()).extracting(Signal::sampleRate).containsExactly(1000.0, 800.0, 500.0, 975.0, 999.0);
        assertThat(r.signals()).extracting(Signal::length).containsExactly(30_000, 24_000, 15_000, 29_250, 29_970);
        assertThat(r.header()).containsEntry("format", "BDF+C");
        double step = 6000.0 / (Math.pow(2, 24) - 1);
        double max = maxDeviationFromSine(r.signalWith("sine 5Hz").channel(0), 1000, 5, 1000);
        assertThat(max / step).as("in digital steps").isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(r.annotations()).isEmpty();
    }
}
