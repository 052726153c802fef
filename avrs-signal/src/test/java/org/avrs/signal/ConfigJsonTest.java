package org.avrs.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Welch;
import org.avrs.signal.speech.Deltas;
import org.avrs.signal.speech.FrameConfig;
import org.avrs.signal.speech.LogMel;
import org.avrs.signal.speech.MelFilterbank;
import org.avrs.signal.speech.Mfcc;
import org.avrs.signal.speech.Plp;
import org.avrs.signal.speech.PowerToDb;
import org.avrs.signal.speech.SpectralShape;
import org.avrs.signal.speech.Yin;
import org.junit.jupiter.api.Test;

/** Every Config record prints its values and round-trips through JSON (STYLE.md). */
class ConfigJsonTest {

    @Test
    void everyConfigRoundTrips() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Record> configs = List.of(Stft.Config.defaults(), Welch.Config.defaults(), MelFilterbank.Config.defaults(),
                PowerToDb.Config.defaults(), LogMel.Config.defaults(), Mfcc.Config.defaults().withHtk(true),
                Plp.Config.defaults(), Yin.Config.defaults(), SpectralShape.Config.defaults(), FrameConfig.defaults(),
                Deltas.Config.defaults());
        for (Record c : configs) {
            String text = json.writeValueAsString(c);
            assertThat(json.readValue(text, c.getClass())).as(text).isEqualTo(c);
            assertThat(c.toString()).contains("=");
        }
    }
}
