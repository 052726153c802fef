package org.avrs.signal.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.avrs.core.Signal;
import org.avrs.core.testing.SharedData;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.io.SignalReaders;
import org.junit.jupiter.api.Test;

/**
 * Band power on pyedflib's test_generator.edf (../shared/data/eeg; skipped when absent): channels of
 * known sines at 200 Hz (data README: "sine 8 Hz", "sine 15 Hz", "sine 17 Hz" peaks at 8, 15, 17 Hz).
 */
class EegRealFilesTest {

    @Test
    void knownSinesLandInTheirBands() {
        Path edf = SharedData.require("eeg").resolve("pyedflib").resolve("test_generator.edf");
        Signal s = SignalReaders.read(edf).signalWith("sine 8 Hz");
        List<String> channels = List.of("sine 8 Hz", "sine 15 Hz", "sine 17 Hz");
        BandPower bp = new BandPower(BandPower.Config.defaults()
                .withInput(new EegInput(s.sampleRate(), channels, 4, 4)));
        FeatureMatrix m = bp.extract(s);
        assertThat(m.rowCount()).isEqualTo(150); // 600 s in 4 s windows
        for (int r = 0; r < m.rowCount(); r++) {
            // 8 Hz lies on the theta/alpha edge: the Hann window puts 1/6 of a bin-centred sine's power in
            // the bin below (|W|² weights ¼·¼ : ½·½ : ¼·¼), i.e. in theta's last bin
            assertThat(m.get(r, "sine 8 Hz_alpha_relpower")).isCloseTo(5 / 6.0, within(1e-6));
            assertThat(m.get(r, "sine 8 Hz_theta_relpower")).isCloseTo(1 / 6.0, within(1e-6));
            assertThat(m.get(r, "sine 15 Hz_beta_relpower")).isGreaterThan(0.99);
            assertThat(m.get(r, "sine 17 Hz_beta_relpower")).isGreaterThan(0.99);
        }
    }
}
