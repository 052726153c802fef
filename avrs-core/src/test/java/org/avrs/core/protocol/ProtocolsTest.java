package org.avrs.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;

/** Behaviour of each protocol on small hand-made datasets: names, what goes where, and errors. */
class ProtocolsTest {

    /** Speakers "a".."e" in corpus c1 ("a".."c") and c2 ("d", "e"); speaker i starts at time 100·i. */
    private static Dataset<String> fiveSpeakers() {
        List<Sample<String>> samples = new ArrayList<>();
        String[] ids = {"a", "b", "c", "d", "e"};
        for (int g = 0; g < ids.length; g++) {
            for (int j = 0; j < 2 + g; j++) {
                String id = ids[g] + j;
                samples.add(new Sample<>(id, id, j % 2, null, Group.speaker(ids[g]),
                        new Sample.Origin(g < 3 ? "c1" : "c2", id, "", 0, 100 * g + j)));
            }
        }
        return new Dataset<>("five", EmotionSet.VALENCE_BINARY, samples);
    }

    private static Set<Group> speakers(String... ids) {
        Set<Group> out = new java.util.TreeSet<>();
        for (String id : ids) {
            out.add(Group.speaker(id));
        }
        return out;
    }

    @Test
    void namesAreStableAndCarryParameters() {
        assertThat(new StratifiedGroupKFold(5, 42).name()).isEqualTo("stratified-group-kfold(k=5, seed=42)");
        assertThat(new RepeatedGroupKFold(10, 100, 1).name()).isEqualTo("repeated-group-kfold(k=10, repeats=100, seed=1)");
        assertThat(new LeaveOneGroupOut().name()).isEqualTo("leave-one-group-out");
        assertThat(new GroupRotation().name()).isEqualTo("group-rotation");
        assertThat(CrossCorpus.of(Set.of("tess", "emodb"), "ravdess").name())
                .isEqualTo("cross-corpus(train=[emodb, tess], test=ravdess)");
        assertThat(new GroupHoldout(0.2, 7).name()).isEqualTo("group-holdout(test=0.2, seed=7)");
        assertThat(TimeHoldout.from(1.5e9).name()).isEqualTo("time-holdout(from=1.5E9)");
        assertThat(TimeHoldout.latest(0.25).name()).isEqualTo("time-holdout(latest=0.25)");
    }

    @Test
    void leaveOneGroupOutTestsEachSpeakerInOrder() {
        Dataset<String> data = fiveSpeakers();
        List<Split> splits = new LeaveOneGroupOut().splits(data);
        assertThat(splits).extracting(Split::name)
                .containsExactly("test speaker a", "test speaker b", "test speaker c", "test speaker d", "test speaker e");
        assertThat(splits.get(1).testGroups(data)).isEqualTo(speakers("b"));
        assertThat(splits.get(1).trainGroups(data)).isEqualTo(speakers("a", "c", "d", "e"));
    }

    @Test
    void rotationValidatesOnTheNextSpeaker() {
        Dataset<String> data = fiveSpeakers();
        List<Split> splits = new GroupRotation().splits(data);
        assertThat(splits).hasSize(5);
        Split last = splits.get(4);
        assertThat(last.name()).isEqualTo("test speaker e, validate speaker a");
        assertThat(last.testGroups(data)).isEqualTo(speakers("e"));
        assertThat(groupsOf(data, last.validation())).isEqualTo(speakers("a"));
        assertThat(last.trainGroups(data)).isEqualTo(speakers("b", "c", "d"));
    }

    private static Set<Group> groupsOf(Dataset<?> data, int[] positions) {
        Set<Group> out = new java.util.TreeSet<>();
        for (int i : positions) {
            out.add(data.get(i).group());
        }
        return out;
    }

    @Test
    void crossCorpusTrainsOnOneCorpusAndTestsOnAnother() {
        Dataset<String> data = fiveSpeakers();
        Split s = CrossCorpus.of(Set.of("c1"), "c2").splits(data).get(0);
        assertThat(s.name()).isEqualTo("train c1, test c2");
        assertThat(s.trainGroups(data)).isEqualTo(speakers("a", "b", "c"));
        assertThat(s.testGroups(data)).isEqualTo(speakers("d", "e"));
        assertThat(s.train().length + s.test().length).isEqualTo(data.size());
    }

    @Test
    void crossCorpusRefusesAGroupInBothCorporaAndMissingCorpora() {
        List<Sample<String>> samples = new ArrayList<>(fiveSpeakers().samples());
        samples.add(new Sample<>("a-in-c2", "x", 0, null, Group.speaker("a"), Sample.Origin.recording("c2", "a-in-c2")));
        Dataset<String> leaky = new Dataset<>("leaky", EmotionSet.VALENCE_BINARY, samples);
        assertThatThrownBy(() -> CrossCorpus.of(Set.of("c1"), "c2").splits(leaky))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("speaker a").hasMessageContaining("'c1'").hasMessageContaining("'c2'");
        assertThatThrownBy(() -> CrossCorpus.of(Set.of("c1"), "c9").splits(fiveSpeakers()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no samples of corpus 'c9'")
                .hasMessageContaining("[c1, c2]");
        assertThatThrownBy(() -> CrossCorpus.of(Set.of("c1"), "c1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("also a training corpus");
        assertThatThrownBy(() -> CrossCorpus.of(Set.of(), "c1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one training corpus");
    }

    @Test
    void groupHoldoutTestsTheRoundedFractionOfGroups() {
        Dataset<String> data = fiveSpeakers();
        assertThat(new GroupHoldout(0.4, 3).splits(data).get(0).testGroups(data)).hasSize(2);
        // at least one group on each side, however small or large the fraction
        assertThat(new GroupHoldout(0.01, 3).splits(data).get(0).testGroups(data)).hasSize(1);
        assertThat(new GroupHoldout(0.99, 3).splits(data).get(0).trainGroups(data)).hasSize(1);
    }

    @Test
    void timeHoldoutByCutoffAndByLatestFraction() {
        Dataset<String> data = fiveSpeakers();
        // speaker c's samples are at 200, 201, 202, 203: it starts before 201, so stays in training whole
        Split cut = TimeHoldout.from(201).splits(data).get(0);
        assertThat(cut.testGroups(data)).isEqualTo(speakers("d", "e"));
        assertThat(TimeHoldout.from(200).splits(data).get(0).testGroups(data)).isEqualTo(speakers("c", "d", "e"));
        Split latest = TimeHoldout.latest(0.2).splits(data).get(0);
        assertThat(latest.testGroups(data)).isEqualTo(speakers("e"));
    }

    @Test
    void timeHoldoutRefusesMissingTimesAndEmptySides() {
        Dataset<String> data = fiveSpeakers();
        assertThatThrownBy(() -> TimeHoldout.from(1e9).splits(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the cutoff");
        assertThatThrownBy(() -> TimeHoldout.from(-1).splits(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at or after the cutoff");
        Dataset<String> noTime = new Dataset<>("no-time", EmotionSet.VALENCE_BINARY, List.of(
                Sample.of("x", "x", 0, Group.speaker("1"), "c"), Sample.of("y", "y", 1, Group.speaker("2"), "c")));
        assertThatThrownBy(() -> TimeHoldout.latest(0.5).splits(noTime))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample 'x' has no time");
        assertThatThrownBy(() -> TimeHoldout.latest(1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction 1.0");
        assertThatThrownBy(() -> TimeHoldout.from(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cutoff NaN");
    }

    @Test
    void tooFewGroupsIsAClearError() {
        Dataset<String> data = fiveSpeakers();
        assertThatThrownBy(() -> new StratifiedGroupKFold(6, 1).splits(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stratified-group-kfold(k=6, seed=1)").hasMessageContaining("at least 6 groups")
                .hasMessageContaining("'five' has 5");
        Dataset<String> two = data.subset("two", java.util.stream.IntStream.range(0, 5).toArray()); // speakers a, b
        assertThatThrownBy(() -> new GroupRotation().splits(two))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 groups");
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new StratifiedGroupKFold(1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k 1 must be >= 2");
        assertThatThrownBy(() -> new RepeatedGroupKFold(3, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats 0");
        assertThatThrownBy(() -> new GroupHoldout(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("testFraction NaN");
    }

    @Test
    void speakersSharingARecordingMoveTogether() {
        List<Sample<String>> samples = new ArrayList<>(fiveSpeakers().samples());
        // speaker e also speaks in speaker b's recording "b0"
        samples.add(new Sample<>("e-in-b0", "x", 1, null, Group.speaker("e"), new Sample.Origin("c1", "b0", "", 0, 5)));
        Dataset<String> data = new Dataset<>("dialogue", EmotionSet.VALENCE_BINARY, samples);
        List<Split> splits = new LeaveOneGroupOut().splits(data);
        assertThat(splits).extracting(Split::name)
                .containsExactly("test speaker a", "test speaker b + speaker e", "test speaker c", "test speaker d");
        splits.forEach(s -> s.checkDisjoint(data));
    }
}
