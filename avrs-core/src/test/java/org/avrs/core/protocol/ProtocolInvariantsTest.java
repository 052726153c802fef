package org.avrs.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.avrs.core.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Every protocol on 40 seeded random datasets (half with a recording shared by two speakers): each
 * split is disjoint by group and recording, k-fold and leave-one-group-out test every sample exactly
 * once and use every sample, and the same configuration gives the same splits.
 */
class ProtocolInvariantsTest {

    private static final int DATASETS = 40;

    private static List<Dataset<String>> datasets() {
        List<Dataset<String>> out = new ArrayList<>();
        for (int seed = 0; seed < DATASETS; seed++) {
            out.add(RandomDatasets.make(seed, seed % 2 == 1));
        }
        return out;
    }

    private static List<Protocol> protocolsFor(Dataset<?> data) {
        int g = GroupBlocks.of(data).size();
        List<Protocol> p = new ArrayList<>(List.of(new LeaveOneGroupOut(), new GroupHoldout(0.3, 7),
                TimeHoldout.latest(0.25), CrossCorpus.of(Set.of("alpha", "beta"), "gamma")));
        p.add(new StratifiedGroupKFold(Math.min(5, g), 11));
        p.add(new RepeatedGroupKFold(Math.min(3, g), 4, 13));
        if (g >= 3) {
            p.add(new GroupRotation());
        }
        return p;
    }

    @Test
    void everySplitOfEveryProtocolIsDisjoint() {
        int checked = 0;
        for (Dataset<String> data : datasets()) {
            for (Protocol protocol : protocolsFor(data)) {
                List<Split> splits = protocol.splits(data);
                assertThat(splits).as(protocol.name() + " on " + data.name()).isNotEmpty();
                for (Split s : splits) {
                    s.checkDisjoint(data);
                    assertThat(s.train()).as(s.name()).isNotEmpty();
                    assertThat(s.test()).as(s.name()).isNotEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(DATASETS * 10);
    }

    @Test
    void kFoldAndLeaveOneGroupOutTestEverySampleOnce() {
        for (Dataset<String> data : datasets()) {
            int g = GroupBlocks.of(data).size();
            assertTestedOnce(data, new LeaveOneGroupOut().splits(data), "LOGO");
            assertTestedOnce(data, new StratifiedGroupKFold(Math.min(5, g), 3).splits(data), "stratified");
            List<Split> repeated = new RepeatedGroupKFold(Math.min(4, g), 3, 5).splits(data);
            int k = repeated.size() / 3;
            for (int r = 0; r < 3; r++) {
                assertTestedOnce(data, repeated.subList(r * k, (r + 1) * k), "repeat " + r);
            }
        }
    }

    private static void assertTestedOnce(Dataset<?> data, List<Split> splits, String what) {
        int[] tested = new int[data.size()];
        for (Split s : splits) {
            for (int i : s.test()) {
                tested[i]++;
            }
            // everything not tested in this split is trained on
            assertThat(s.train().length + s.validation().length + s.test().length).as(s.name()).isEqualTo(data.size());
        }
        assertThat(tested).as(what + " on " + data.name()).containsOnly(1);
    }

    @Test
    void rotationTestsAndValidatesEverySampleOnce() {
        for (Dataset<String> data : datasets()) {
            int[] tested = new int[data.size()];
            int[] validated = new int[data.size()];
            for (Split s : new GroupRotation().splits(data)) {
                Arrays.stream(s.test()).forEach(i -> tested[i]++);
                Arrays.stream(s.validation()).forEach(i -> validated[i]++);
                assertThat(s.validation()).isNotEmpty();
            }
            assertThat(tested).containsOnly(1);
            assertThat(validated).containsOnly(1);
        }
    }

    @Test
    void sameConfigurationGivesSameSplits() {
        for (Dataset<String> data : datasets()) {
            for (Protocol protocol : protocolsFor(data)) {
                assertThat(protocol.splits(data)).as(protocol.name()).isEqualTo(protocolsFor(data).stream()
                        .filter(p -> p.name().equals(protocol.name())).findFirst().orElseThrow().splits(data));
            }
        }
    }

    @Test
    void seedsChangeRandomPartitions() {
        Dataset<String> data = IntStream.range(0, 100).mapToObj(seed -> RandomDatasets.make(seed, false))
                .filter(d -> d.groups().size() >= 8).findFirst().orElseThrow();
        Set<List<Split>> repeated = new java.util.HashSet<>();
        Set<List<Split>> holdouts = new java.util.HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            repeated.add(new RepeatedGroupKFold(3, 1, seed).splits(data));
            holdouts.add(new GroupHoldout(0.3, seed).splits(data));
        }
        assertThat(repeated).hasSizeGreaterThan(1);
        assertThat(holdouts).hasSizeGreaterThan(1);
        // and the repeats of one run differ from each other
        List<Split> three = new RepeatedGroupKFold(3, 3, 1).splits(data);
        Set<Set<Integer>> firstFolds = new java.util.HashSet<>();
        for (int r = 0; r < 3; r++) {
            firstFolds.add(new TreeSet<>(IntStream.of(three.get(r * 3).test()).boxed().toList()));
        }
        assertThat(firstFolds).hasSizeGreaterThan(1);
    }
}
