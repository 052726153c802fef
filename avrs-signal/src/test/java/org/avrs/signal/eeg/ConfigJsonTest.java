package org.avrs.signal.eeg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.avrs.signal.physio.EcgPeakDetector;
import org.avrs.signal.physio.EdaDecomposition;
import org.avrs.signal.physio.EdaFeatures;
import org.avrs.signal.physio.Epochs;
import org.avrs.signal.physio.Hrv;
import org.avrs.signal.physio.HrvFeatures;
import org.avrs.signal.physio.PpgPeakDetector;
import org.avrs.signal.physio.ScrDetector;
import org.junit.jupiter.api.Test;

/** Every EEG and physiology config (non-default values) survives a JSON round trip unchanged. */
class ConfigJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static <T> void roundTrips(T config) throws Exception {
        String text = JSON.writeValueAsString(config);
        assertThat(JSON.readValue(text, config.getClass())).as(text).isEqualTo(config);
    }

    @Test
    void eegConfigs() throws Exception {
        EegInput in = new EegInput(256, List.of("F3", "F4"), 4, 0.5);
        roundTrips(in);
        roundTrips(in.wholeRecord());
        roundTrips(new BandPower.Config(in, Band.seed(), 2));
        roundTrips(new DifferentialEntropy.Config(in, List.of(new Band("gamma", 30, 45)), 3));
        roundTrips(new Asymmetry.Config(new DifferentialEntropy.Config(in, Band.defaults(), 4),
                List.of(new ChannelPair("F3", "F4"))));
        roundTrips(new Hjorth.Config(in));
        roundTrips(new ChannelStatistics.Config(in));
    }

    @Test
    void physiologyConfigs() throws Exception {
        roundTrips(EcgPeakDetector.Config.of(360));
        roundTrips(PpgPeakDetector.Config.of(64));
        roundTrips(new Hrv.Config(8, 120, 0.05, 0.15, 0.5));
        roundTrips(EdaDecomposition.Config.of(32).withMethod(EdaDecomposition.Method.SMOOTH_MEDIAN));
        roundTrips(new ScrDetector.Config(50, 0.02, 0.2, 0.05));
        roundTrips(EdaFeatures.Config.of("GSR", 128));
        roundTrips(HrvFeatures.Config.defaults().withSource(HrvFeatures.Source.PPG).withChannel("PPG"));
        roundTrips(new Epochs(0.5, 3, true));
    }
}
