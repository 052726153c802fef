package org.avrs.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;

class SplitTest {

    /** Speakers a (0, 1) and b (2, 3); samples 1 and 4 are windows of one recording of speaker a … */
    private static Dataset<String> data() {
        Sample.Origin shared = new Sample.Origin("c", "rec", "", 0, 0);
        return new Dataset<>("d", EmotionSet.VALENCE_BINARY, List.of(
                Sample.of("a0", "x", 0, Group.speaker("a"), "c"),
                new Sample<>("a1", "x", 1, null, Group.speaker("a"), shared),
                Sample.of("b0", "x", 0, Group.speaker("b"), "c"),
                Sample.of("b1", "x", 1, Group.speaker("b"), "c"),
                // … and sample 4, the recording's second window, was (wrongly) filed under speaker c
                new Sample<>("c0", "x", 1, null, Group.speaker("c"), new Sample.Origin("c", "rec", "", 2, 0))));
    }

    @Test
    void disjointSplitPasses() {
        Split s = new Split("ok", new int[] {0, 1, 4}, new int[] {2, 3});
        s.checkDisjoint(data());
        assertThat(s.trainGroups(data())).containsExactly(Group.speaker("a"), Group.speaker("c"));
        assertThat(s.testGroups(data())).containsExactly(Group.speaker("b"));
        assertThat(s.validation()).isEmpty();
        assertThat(s.toString()).isEqualTo("ok (train 3, validation 0, test 2)");
    }

    @Test
    void namesTheOverlap() {
        assertThatThrownBy(() -> new Split("f1", new int[] {0, 2}, new int[] {1}).checkDisjoint(data()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("f1").hasMessageContaining("speaker a")
                .hasMessageContaining("train").hasMessageContaining("test");
        assertThatThrownBy(() -> new Split("f2", new int[] {0, 1}, new int[] {4}).checkDisjoint(data()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recording c/rec");
        assertThatThrownBy(() -> new Split("f3", new int[] {0}, new int[] {2}, new int[] {2}).checkDisjoint(data()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("b0 is used twice");
        assertThatThrownBy(() -> new Split("f4", new int[] {0}, new int[] {5}).checkDisjoint(data()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("position 5 outside the dataset of 5");
    }

    @Test
    void arraysAreCopiedAndEqualityIsByContent() {
        int[] train = {0, 1};
        Split s = new Split("s", train, null, new int[] {2});
        train[0] = 3;
        s.train()[1] = 3;
        assertThat(s.train()).containsExactly(0, 1);
        assertThat(s).isEqualTo(new Split("s", new int[] {0, 1}, new int[] {2})).hasSameHashCodeAs(
                new Split("s", new int[] {0, 1}, new int[] {2}));
        assertThat(s).isNotEqualTo(new Split("s", new int[] {0}, new int[] {2}));
    }
}
