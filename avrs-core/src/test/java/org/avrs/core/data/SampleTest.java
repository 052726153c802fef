package org.avrs.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SampleTest {

    @Test
    void recordingSampleHasItsOriginAndUnit() {
        Sample<String> s = Sample.of("03a01Fa", "wav", 4, Group.speaker("03"), "emodb");
        assertThat(s.origin().unit()).isEqualTo("emodb/03a01Fa");
        assertThat(s.origin().time()).isNaN();
        assertThat(s.isLabelled()).isTrue();
        assertThat(s.targets()).isEmpty();
        assertThat(new Sample.Origin("deap", "s01", "t07", 12, 0).unit()).isEqualTo("deap/s01/t07");
    }

    @Test
    void targetsAreCopied() {
        double[] t = {0.5, 0.25};
        Sample<String> s = new Sample<>("x", "in", Sample.UNLABELLED, t, Group.subject("1"), Sample.Origin.recording("c", "x"));
        t[0] = 9;
        s.targets()[1] = 9;
        assertThat(s.targets()).containsExactly(0.5, 0.25);
        assertThat(s.isLabelled()).isFalse();
    }

    @Test
    void withersKeepEverythingElse() {
        Sample<String> s = Sample.of("x", "in", 1, Group.speaker("a"), "c");
        Sample<Integer> mapped = s.withInput(7);
        assertThat(mapped.input()).isEqualTo(7);
        assertThat(mapped.id()).isEqualTo("x");
        assertThat(mapped.group()).isEqualTo(s.group());
        assertThat(s.withLabel(2).label()).isEqualTo(2);
        assertThat(s.withLabel(1)).isEqualTo(s).hasSameHashCodeAs(s);
        assertThat(s.withLabel(2)).isNotEqualTo(s);
    }

    @Test
    void refusesBadFields() {
        Group g = Group.speaker("a");
        Sample.Origin o = Sample.Origin.recording("c", "r");
        assertThatThrownBy(() -> new Sample<>(" ", "in", 0, null, g, o)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id must not be blank");
        assertThatThrownBy(() -> new Sample<>("x", "in", -2, null, g, o)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label -2 of sample x");
        assertThatThrownBy(() -> new Sample<>("x", null, 0, null, g, o)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("input of sample x");
        assertThatThrownBy(() -> new Sample.Origin("c", "r", "", -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset -1.0");
        assertThatThrownBy(() -> new Sample.Origin("c", "r", "", Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset NaN");
        assertThatThrownBy(() -> new Group("speaker", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
    }

    @Test
    void groupsSortByKindThenId() {
        assertThat(Group.speaker("10").compareTo(Group.speaker("9"))).isNegative(); // ids compare as text
        assertThat(Group.speaker("1").compareTo(Group.subject("0"))).isNegative();
        assertThat(Group.subject("07").toString()).isEqualTo("subject 07");
    }
}
