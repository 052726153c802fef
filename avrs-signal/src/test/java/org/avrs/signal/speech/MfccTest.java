package org.avrs.signal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.TestSignals;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Stft;
import org.junit.jupiter.api.Test;

class MfccTest {

    /** The fidelity tolerance of the issue: 1e-3 dB absolute against the NumPy reference. */
    private static final double DB_TOLERANCE = 1e-3;

    /**
     * Golden: librosa 0.10 feature.mfcc and power_to_db(melspectrogram) transcribed in NumPy 1.24.2 /
     * SciPy 1.10.1 (tools/golden/signal_dsp.py mfcc(), log_mel()): the default config, HTK scale, fmin/fmax
     * with lifter 22 and 20 coefficients, and nFft 1024 at 22.05 kHz with reflect padding and topDb 40.
     * Every signal has a silent stretch so that the topDb floor is reached. Tolerance 1e-3 dB; the
     * largest difference found is printed.
     */
    @Test
    void matchesLibrosaMfccDefinition() {
        for (JsonNode c : Golden.load("golden/signal_dsp/mfcc.json").get("cases")) {
            double[] x = TestSignals.fromFixture(c);
            Mfcc mfcc = new Mfcc(configFor(c.get("params"), c.get("signal").get("fs").asDouble()));
            double[][] logMel = mfcc.logMel().compute(x);
            double[][] expectedLogMel = Golden.matrix(c.get("logMel"));
            double d1 = TestSignals.measured("log-mel (dB)", TestSignals.maxAbsDiff(logMel, expectedLogMel));
            double d2 = TestSignals.measured("mfcc (abs)", TestSignals.maxAbsDiff(mfcc.compute(x),
                    Golden.matrix(c.get("mfcc"))));
            assertThat(d1).as("log-mel %s", c.get("params")).isLessThan(DB_TOLERANCE);
            assertThat(d2).as("mfcc %s", c.get("params")).isLessThan(DB_TOLERANCE);

            double[] all = java.util.Arrays.stream(expectedLogMel).flatMapToDouble(java.util.Arrays::stream).toArray();
            double topDb = c.get("params").has("top_db") ? c.get("params").get("top_db").asDouble() : 80.0;
            assertThat(java.util.Arrays.stream(all).min().orElseThrow()).as("the fixture reaches the topDb floor")
                    .isCloseTo(java.util.Arrays.stream(all).max().orElseThrow() - topDb, within(1e-9));
        }
    }

    private static Mfcc.Config configFor(JsonNode p, double fs) {
        Mfcc.Config c = Mfcc.Config.defaults().withSampleRate(fs);
        if (p.has("n_fft")) {
            c = c.withNFft(p.get("n_fft").asInt());
        }
        if (p.has("win_length")) {
            c = c.withWinLength(p.get("win_length").asInt());
        }
        if (p.has("hop_length")) {
            c = c.withHopLength(p.get("hop_length").asInt());
        }
        if (p.has("pad_mode")) {
            Stft.Config s = c.logMel().stft().withCenter(true, PadMode.REFLECT);
            c = new Mfcc.Config(c.logMel().withStft(s), c.nMfcc(), c.lifter());
        }
        if (p.has("n_mels")) {
            c = c.withNMels(p.get("n_mels").asInt());
        }
        if (p.has("fmin")) {
            c = c.withFmin(p.get("fmin").asDouble());
        }
        if (p.has("fmax")) {
            c = c.withFmax(p.get("fmax").asDouble());
        }
        if (p.has("htk")) {
            c = c.withHtk(p.get("htk").asBoolean());
        }
        if (p.has("top_db")) {
            c = new Mfcc.Config(c.logMel().withDb(new PowerToDb.Config(1.0, 1e-10, p.get("top_db").asDouble())),
                    c.nMfcc(), c.lifter());
        }
        if (p.has("n_mfcc")) {
            c = c.withNMfcc(p.get("n_mfcc").asInt());
        }
        if (p.has("lifter")) {
            c = c.withLifter(p.get("lifter").asDouble());
        }
        return c;
    }

    @Test
    void defaultsAreTheDocumentedLibrosaCall() {
        Mfcc.Config c = Mfcc.Config.defaults();
        assertThat(c.nMfcc()).isEqualTo(13);
        assertThat(c.logMel().sampleRate()).isEqualTo(16000.0);
        assertThat(c.logMel().stft()).isEqualTo(new Stft.Config(512, 400, 160,
                org.avrs.signal.dsp.Window.HANN, true, PadMode.ZEROS));
        assertThat(c.logMel().mel()).isEqualTo(new MelFilterbank.Config(40, 0, 0, MelScale.SLANEY,
                MelFilterbank.Norm.SLANEY));
        assertThat(c.logMel().power()).isEqualTo(2.0);
        assertThat(c.logMel().db()).isEqualTo(new PowerToDb.Config(1.0, 1e-10, 80.0));
        assertThat(c.lifter()).isZero();
    }

    @Test
    void extractGivesNamedColumnsAtFrameCentres() {
        Mfcc mfcc = new Mfcc(Mfcc.Config.defaults());
        double[] x = TestSignals.testSignal(16000, 16000, 1);
        FeatureMatrix m = mfcc.extract(Signal.of(16000, x));
        assertThat(m.columnNames()).hasSize(13).startsWith("mfcc_0").endsWith("mfcc_12");
        assertThat(m.columnNames()).isEqualTo(mfcc.columnNames());
        assertThat(m.rowCount()).isEqualTo(101);
        assertThat(m.time(1)).isEqualTo(0.01);
        assertThat(m.row(7)).containsExactly(mfcc.compute(x)[7]);
        // a stereo signal is averaged to mono first
        FeatureMatrix stereo = mfcc.extract(Signal.of(16000, x, x));
        assertThat(stereo).isEqualTo(m);
    }

    @Test
    void stagesComposeToTheSameResult() {
        Mfcc mfcc = new Mfcc(Mfcc.Config.defaults());
        double[] x = TestSignals.testSignal(3200, 16000, 2);
        LogMel logMel = mfcc.logMel();
        double[][] power = logMel.stft().power(x, 2.0);
        double[][] mel = logMel.filterbank().apply(power);
        double[][] db = new PowerToDb(PowerToDb.Config.defaults()).apply(mel);
        assertThat(TestSignals.maxAbsDiff(mfcc.fromLogMel(db), mfcc.compute(x))).isLessThan(1e-12);
    }

    @Test
    void badSignalsAndConfigsFailClearly() {
        Mfcc mfcc = new Mfcc(Mfcc.Config.defaults());
        assertThatThrownBy(() -> mfcc.extract(Signal.of(44100, new double[1000])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("16000.0 Hz but the signal has 44100.0 Hz");
        assertThatThrownBy(() -> mfcc.extract(Signal.of(16000, new double[0])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 1 samples");
        assertThatThrownBy(() -> Mfcc.Config.defaults().withNMfcc(41)).hasMessageContaining("nMfcc 41 exceeds nMels 40");
        assertThatThrownBy(() -> new Mfcc(Mfcc.Config.defaults().withWinLength(256).withNFft(256).withNMels(128)))
                .hasMessageContaining("covers no FFT bin");
        assertThatThrownBy(() -> Mfcc.Config.defaults().withWinLength(1024)).hasMessageContaining("exceeds nFft");
    }

    @Test
    void configRoundTripsThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Mfcc.Config c = Mfcc.Config.defaults().withHtk(true).withFmax(7600).withLifter(22);
        String text = json.writeValueAsString(c);
        assertThat(json.readValue(text, Mfcc.Config.class)).isEqualTo(c);
    }

    @Test
    void silenceGivesTheFloorEverywhere() {
        // all-zero input: power 0 -> amin -> -100 dB in every band; MFCC c0 = -100·sqrt(40), others 0
        double[][] m = new Mfcc(Mfcc.Config.defaults()).compute(new double[1600]);
        for (double[] row : m) {
            assertThat(row[0]).isCloseTo(-100 * Math.sqrt(40), within(1e-9));
            for (int i = 1; i < row.length; i++) {
                assertThat(row[i]).isCloseTo(0.0, within(1e-9));
            }
        }
    }
}
