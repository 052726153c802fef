package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * The indivisible units the protocols distribute: the dataset's groups, where groups that share a
 * recording unit ({@link Sample.Origin#unit()}) are merged into one block, so that neither a group nor
 * a recording can end up on two sides of a split. Normally every block is exactly one group. Blocks
 * are ordered by their first (smallest) group.
 */
final class GroupBlocks {

    /**
     * One block.
     *
     * @param groups its groups, sorted
     * @param positions its samples' positions in the dataset, ascending
     * @param labelCounts its labelled samples per class
     * @param earliestTime the smallest {@link Sample.Origin#time()} of its samples, NaN if one is unknown
     */
    record Block(List<Group> groups, int[] positions, int[] labelCounts, double earliestTime) {

        int size() {
            return positions.length;
        }

        /** E.g. "speaker 03", or "speaker 03 + speaker 08" for merged groups. */
        String name() {
            return groups.stream().map(Group::toString).collect(Collectors.joining(" + "));
        }
    }

    private GroupBlocks() {
    }

    static List<Block> of(Dataset<?> data) {
        List<Group> groups = data.groups();
        Map<Group, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupIndex.put(groups.get(g), g);
        }
        int[] parent = new int[groups.size()];
        Arrays.setAll(parent, g -> g);
        Map<String, Integer> unitOwner = new HashMap<>();
        for (Sample<?> s : data.samples()) {
            int g = groupIndex.get(s.group());
            Integer other = unitOwner.putIfAbsent(s.origin().unit(), g);
            if (other != null) {
                union(parent, g, other);
            }
        }
        // roots are visited in group order, so blocks come out ordered by their first group
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < data.size(); i++) {
            members.computeIfAbsent(find(parent, groupIndex.get(data.get(i).group())), r -> new ArrayList<>()).add(i);
        }
        List<Block> blocks = new ArrayList<>(members.size());
        for (List<Integer> idx : members.values()) {
            TreeSet<Group> bg = new TreeSet<>();
            int[] counts = new int[data.labels().size()];
            double earliest = Double.POSITIVE_INFINITY;
            for (int i : idx) {
                Sample<?> s = data.get(i);
                bg.add(s.group());
                if (s.isLabelled()) {
                    counts[s.label()]++;
                }
                earliest = Math.min(earliest, s.origin().time()); // NaN propagates: time unknown
            }
            int[] positions = idx.stream().mapToInt(Integer::intValue).toArray();
            blocks.add(new Block(List.copyOf(bg), positions, counts, earliest));
        }
        return List.copyOf(blocks);
    }

    /** The blocks of a dataset, refusing one with fewer than {@code min} (the protocol named). */
    static List<Block> atLeast(Dataset<?> data, int min, String protocol) {
        List<Block> blocks = of(data);
        if (blocks.size() < min) {
            throw new IllegalArgumentException(protocol + " needs at least " + min + " groups but dataset '"
                    + data.name() + "' has " + blocks.size() + (blocks.size() == data.groups().size() ? ""
                    : " (groups sharing a recording count as one)"));
        }
        return blocks;
    }

    /** A split from the blocks on each side; positions ascending. */
    static Split split(String name, Collection<Block> train, Collection<Block> validation, Collection<Block> test) {
        return new Split(name, positions(train), positions(validation), positions(test));
    }

    /**
     * The k splits of a fold assignment: split f tests the blocks with {@code foldOf[b] == f} and
     * trains on the rest. Split names are "{prefix}fold f/k" with f counted from 1.
     */
    static List<Split> folds(List<Block> blocks, int[] foldOf, int k, String prefix) {
        List<Split> splits = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<Block> train = new ArrayList<>();
            List<Block> test = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                (foldOf[b] == f ? test : train).add(blocks.get(b));
            }
            splits.add(split(prefix + "fold " + (f + 1) + "/" + k, train, List.of(), test));
        }
        return splits;
    }

    private static int[] positions(Collection<Block> blocks) {
        return blocks.stream().flatMapToInt(b -> Arrays.stream(b.positions())).sorted().toArray();
    }

    private static int find(int[] parent, int g) {
        while (parent[g] != g) {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }
        return g;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
