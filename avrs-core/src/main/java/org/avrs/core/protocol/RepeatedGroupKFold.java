package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.avrs.core.data.Dataset;

/**
 * Group k-fold cross-validation repeated with different random partitions (e.g. "100 repetitions of
 * subject-level 10-fold cross-validation"), so that the spread of a score over partitions can be
 * reported. Within each repeat every group is tested in exactly one fold and every sample exactly
 * once.
 *
 * <p>Each repeat shuffles the blocks (groups, merged where they share a recording; see
 * {@link Protocol}) and deals them in that order, each to the fold with the fewest samples so far
 * (ties to the lower index), which keeps fold sizes close. One {@code java.util.Random(seed)} draws
 * the shuffles of all repeats in turn. There is no stratification; use {@link StratifiedGroupKFold}
 * for one balanced partition. Split names are "repeat r/R, fold f/k".
 *
 * @param k the number of folds, &ge; 2
 * @param repeats the number of partitions, &ge; 1
 * @param seed seeds the shuffles
 */
public record RepeatedGroupKFold(int k, int repeats, long seed) implements Protocol {

    public RepeatedGroupKFold {
        if (k < 2) {
            throw new IllegalArgumentException("k " + k + " must be >= 2");
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats " + repeats + " must be >= 1");
        }
    }

    @Override
    public String name() {
        return "repeated-group-kfold(k=" + k + ", repeats=" + repeats + ", seed=" + seed + ")";
    }

    /** @throws IllegalArgumentException if the dataset has fewer than k groups */
    @Override
    public List<Split> splits(Dataset<?> data) {
        List<GroupBlocks.Block> blocks = GroupBlocks.atLeast(data, k, name());
        Random random = new Random(seed);
        List<Split> splits = new ArrayList<>(k * repeats);
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            order.add(b);
        }
        for (int r = 0; r < repeats; r++) {
            Collections.shuffle(order, random);
            int[] foldSizes = new int[k];
            int[] foldOf = new int[blocks.size()];
            for (int b : order) {
                int smallest = 0;
                for (int f = 1; f < k; f++) {
                    if (foldSizes[f] < foldSizes[smallest]) {
                        smallest = f;
                    }
                }
                foldOf[b] = smallest;
                foldSizes[smallest] += blocks.get(b).size();
            }
            splits.addAll(GroupBlocks.folds(blocks, foldOf, k, "repeat " + (r + 1) + "/" + repeats + ", "));
        }
        return splits;
    }
}
