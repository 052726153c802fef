package org.avrs.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.avrs.core.EmotionSet;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final EmotionSet V = EmotionSet.VALENCE_BINARY;

    private static Dataset<String> small() {
        return new Dataset<>("small", V, List.of(
                Sample.of("a1", "x", 0, Group.speaker("a"), "c"),
                Sample.of("b1", "x", 1, Group.speaker("b"), "c"),
                Sample.of("a2", "x", 1, Group.speaker("a"), "c"),
                Sample.of("b2", "x", Sample.UNLABELLED, Group.speaker("b"), "c")));
    }

    @Test
    void summarisesGroupsAndLabels() {
        Dataset<String> d = small();
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.groups()).containsExactly(Group.speaker("a"), Group.speaker("b"));
        assertThat(d.labelArray()).containsExactly(0, 1, 1, -1);
        assertThat(d.labelCounts()).containsExactly(1, 2);
        assertThat(d.groupCounts()).isEqualTo(Map.of(Group.speaker("a"), 2, Group.speaker("b"), 2));
        assertThat(d.toString()).isEqualTo("Dataset[small, 4 samples, 2 groups, valence2]");
    }

    @Test
    void subsetAndMapKeepSamples() {
        Dataset<String> d = small();
        Dataset<String> sub = d.subset("b-only", new int[] {3, 1});
        assertThat(sub.samples()).extracting(Sample::id).containsExactly("b2", "b1");
        Dataset<Integer> lengths = d.map(String::length);
        assertThat(lengths.get(0).input()).isEqualTo(1);
        assertThat(lengths.fingerprint()).isEqualTo(d.fingerprint()); // inputs are not part of it
    }

    @Test
    void fingerprintChangesWithLabelsGroupsAndOrder() {
        Dataset<String> d = small();
        assertThat(d.fingerprint()).hasSize(64).isEqualTo(small().fingerprint());
        assertThat(d.subset("reordered", new int[] {1, 0, 2, 3}).fingerprint()).isNotEqualTo(d.fingerprint());
        List<Sample<String>> relabelled = new ArrayList<>(d.samples());
        relabelled.set(0, relabelled.get(0).withLabel(1));
        assertThat(new Dataset<>("small", V, relabelled).fingerprint()).isNotEqualTo(d.fingerprint());
    }

    @Test
    void shuffledLabelsArePermutedAmongLabelledSamplesOnly() {
        List<Sample<String>> samples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            samples.add(Sample.of("s" + i, "x", i % 5 == 0 ? Sample.UNLABELLED : i % 2, Group.speaker("g" + i % 4), "c"));
        }
        Dataset<String> d = new Dataset<>("d", V, samples);
        Dataset<String> shuffled = d.withShuffledLabels(3);
        assertThat(shuffled.labelCounts()).isEqualTo(d.labelCounts());
        assertThat(shuffled.name()).isEqualTo("d-shuffled3");
        int moved = 0;
        for (int i = 0; i < d.size(); i++) {
            // an unlabelled sample stays unlabelled and a labelled one stays labelled
            assertThat(shuffled.get(i).isLabelled()).isEqualTo(d.get(i).isLabelled());
            moved += shuffled.get(i).label() != d.get(i).label() ? 1 : 0;
        }
        assertThat(moved).isPositive();
        assertThat(d.withShuffledLabels(3).labelArray()).isEqualTo(shuffled.labelArray());
    }

    @Test
    void refusesRepeatedIdsAndLabelsOutsideTheSet() {
        Sample<String> a = Sample.of("a", "x", 0, Group.speaker("1"), "c");
        assertThatThrownBy(() -> new Dataset<>("d", V, List.of(a, a))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' repeats");
        assertThatThrownBy(() -> new Dataset<>("d", V, List.of(a.withLabel(2)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 2").hasMessageContaining("valence2 has 2");
        assertThatThrownBy(() -> new Dataset<>(" ", V, List.of(a))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
    }
}
