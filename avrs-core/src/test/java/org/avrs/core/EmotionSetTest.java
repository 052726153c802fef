package org.avrs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmotionSetTest {

    @Test
    void predefinedSetsHaveTheirLabelsInOrder() {
        assertThat(EmotionSet.EMODB.labels())
                .containsExactly("anger", "boredom", "disgust", "fear", "happiness", "sadness", "neutral");
        assertThat(EmotionSet.EKMAN_NEUTRAL.size()).isEqualTo(7);
        assertThat(EmotionSet.named("valence2")).isSameAs(EmotionSet.VALENCE_BINARY);
        assertThat(EmotionSet.EMODB.coordinates("neutral")).isEqualTo(Vad.NEUTRAL);
        // Russell & Mehrabian (1977) as tabulated in the class Javadoc
        assertThat(EmotionSet.EMODB.coordinates("happiness")).isEqualTo(new Vad(0.81, 0.51, 0.46));
        assertThat(EmotionSet.AROUSAL_BINARY.coordinates("high")).isEqualTo(new Vad(0, 0.5, 0));
    }

    @Test
    void unknownNamesAndLabelsAreListed() {
        assertThatThrownBy(() -> EmotionSet.named("iemocap")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'iemocap'").hasMessageContaining("emodb, ekman7");
        assertThatThrownBy(() -> EmotionSet.EMODB.indexOf("joy")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'joy'").hasMessageContaining("'emodb'").hasMessageContaining("boredom");
    }

    @Test
    void expectedVadIsTheWeightedMeanOfCoordinates() {
        EmotionSet v = EmotionSet.VALENCE_BINARY;
        assertThat(v.expectedVad(new double[] {0.25, 0.75}).valence()).isCloseTo(0.25, within(1e-15));
        assertThat(EmotionSet.EMODB.expectedVad(new double[] {0, 0, 0, 0, 1, 0, 0}))
                .isEqualTo(EmotionSet.EMODB.coordinates("happiness"));
    }

    @Test
    void distributionNearConcentratesWithLowTemperature() {
        Vad sadish = new Vad(-0.6, -0.3, -0.3);
        double[] sharp = EmotionSet.EMODB.distributionNear(sadish, 1e-3);
        assertThat(sharp[EmotionSet.EMODB.indexOf("sadness")]).isGreaterThan(0.999);
        double[] flat = EmotionSet.EMODB.distributionNear(sadish, 1e6);
        for (double p : flat) {
            assertThat(p).isCloseTo(1.0 / 7, within(1e-5));
        }
        assertThat(java.util.Arrays.stream(sharp).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(EmotionSet.EMODB.nearestLabel(sadish)).isEqualTo("sadness");
        assertThatThrownBy(() -> EmotionSet.EMODB.distributionNear(sadish, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature 0.0");
    }

    @Test
    void checkDistributionNamesTheProblem() {
        EmotionSet v = EmotionSet.VALENCE_BINARY;
        assertThatThrownBy(() -> v.checkDistribution(new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 entries").hasMessageContaining("2 labels");
        assertThatThrownBy(() -> v.checkDistribution(new double[] {-0.1, 1.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'low' is -0.1");
        assertThatThrownBy(() -> v.checkDistribution(new double[] {0.5, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'high' is NaN");
        assertThatThrownBy(() -> v.checkDistribution(new double[] {0.5, 0.6}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1.100000000");
    }

    @Test
    void builderKeepsOrderAndRefusesRepeatsAndBlanks() {
        EmotionSet custom = EmotionSet.builder("mood").add("calm", new Vad(0.3, -0.5, 0)).add("tense", new Vad(-0.4, 0.6, 0))
                .build();
        assertThat(custom.labels()).containsExactly("calm", "tense");
        assertThat(custom.label(1)).isEqualTo("tense");
        assertThat(custom.contains("calm")).isTrue();
        assertThat(custom.toString()).isEqualTo("mood[calm, tense]");
        assertThatThrownBy(() -> EmotionSet.builder("x").add("a", Vad.NEUTRAL).add("a", Vad.NEUTRAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' added twice");
        assertThatThrownBy(() -> EmotionSet.builder("x").add(" ", Vad.NEUTRAL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 0 is blank");
        assertThatThrownBy(() -> EmotionSet.builder("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no labels");
        assertThatThrownBy(() -> EmotionSet.builder("").add("a", Vad.NEUTRAL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must not be blank");
    }

    @Test
    void equalityIncludesCoordinates() {
        EmotionSet a = EmotionSet.builder("s").add("x", new Vad(0.1, 0, 0)).build();
        EmotionSet b = EmotionSet.builder("s").add("x", new Vad(0.1, 0, 0)).build();
        EmotionSet c = EmotionSet.builder("s").add("x", new Vad(0.2, 0, 0)).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    }
}
