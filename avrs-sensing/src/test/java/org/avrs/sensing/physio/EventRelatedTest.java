package org.avrs.sensing.physio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.SharedData;
import org.avrs.signal.io.CsvSignalReader;
import org.junit.jupiter.api.Test;

/** NeuroKit2's bio_eventrelated_100hz: four images (Negative, Neutral, Neutral, Negative), 3 s each. */
class EventRelatedTest {

    private static final List<String> CONDITIONS = List.of("Negative", "Neutral", "Neutral", "Negative");

    @Test
    void findsTheFourImagesAndDescribesTheResponses() {
        Signal s = CsvSignalReader.read(SharedData.require("physio").resolve("bio_eventrelated_100hz.csv"),
                CsvSignalReader.Config.of(100));
        EventRelated.Report r = EventRelated.neurokitExample().analyze(s, CONDITIONS);
        // Onsets measured in the data README: samples 1024, 4958, 9224, 12984.
        assertThat(r.events()).extracting(EventRelated.Response::onsetSeconds)
                .containsExactly(10.24, 49.58, 92.24, 129.84);
        for (EventRelated.Response e : r.events()) {
            System.out.printf("event %d %-8s at %6.2f s: HR baseline %.1f bpm, change %+.2f (min %+.2f, max %+.2f); "
                    + "SCR %.3f µS at %.2f s%n", e.index(), e.condition(), e.onsetSeconds(), e.hrBaseline(), e.hrChange(),
                    e.hrMinChange(), e.hrMaxChange(), e.scrAmplitude(), e.scrLatency());
            assertThat(e.hrBaseline()).isBetween(45.0, 120.0);
            assertThat(e.hrMinChange()).isLessThanOrEqualTo(e.hrChange());
            assertThat(e.hrMaxChange()).isGreaterThanOrEqualTo(e.hrChange());
            assertThat(e.scrAmplitude()).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(r.conditions()).extracting(EventRelated.Summary::condition).containsExactly("Negative", "Neutral");
        assertThat(r.conditions()).allSatisfy(c -> assertThat(c.events()).isEqualTo(2));
        EventRelated.Summary neg = r.conditions().get(0);
        assertThat(neg.hrChange()).isCloseTo((r.events().get(0).hrChange() + r.events().get(3).hrChange()) / 2,
                within(1e-12));
    }

    @Test
    void refusesAFlatMarkerAndAMismatchedConditionList() {
        double[] flat = new double[3000];
        double[] ecg = new double[3000];
        for (int i = 0; i < ecg.length; i++) {
            ecg[i] = Math.sin(i * 0.1);
        }
        Signal s = Signal.builder().sampleRate(100).channels(ecg, ecg, flat).names(List.of("ECG", "EDA", "Photosensor"))
                .build();
        assertThatThrownBy(() -> EventRelated.neurokitExample().analyze(s, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("constant");
        double[] marker = new double[3000];
        java.util.Arrays.fill(marker, 0, 1500, 5);
        Signal one = Signal.builder().sampleRate(100).channels(ecg, ecg, marker)
                .names(List.of("ECG", "EDA", "Photosensor")).build();
        assertThatThrownBy(() -> EventRelated.neurokitExample().analyze(one, CONDITIONS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 events found but 4 conditions");
    }
}
