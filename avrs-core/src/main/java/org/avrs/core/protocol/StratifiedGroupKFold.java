package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.avrs.core.data.Dataset;

/**
 * k-fold cross-validation over groups whose folds have label distributions as alike as possible: every
 * group (speaker, subject) is tested in exactly one fold, and every sample is tested exactly once.
 *
 * <p><b>Algorithm</b> (the idea of scikit-learn's {@code StratifiedGroupKFold}, greedy):
 * <ol>
 * <li>Take the blocks — the groups, merged where groups share a recording (see {@link Protocol}) —
 *     with their per-class counts of labelled samples.</li>
 * <li>Shuffle them with {@code new java.util.Random(seed)}, then sort them stably by size, largest
 *     first: large blocks are hardest to place, so they go while the folds are still empty. The seed
 *     therefore only orders blocks of equal size.</li>
 * <li>Put each block into the fold that minimises the imbalance after adding it: the mean over
 *     classes c of the standard deviation over folds f of n_fc / n_c, the share of class c's samples
 *     that fold f holds. Ties go to the fold with fewer samples, then to the lower fold index. A block
 *     always goes to an empty fold when the blocks left are no more than the empty folds, so no fold
 *     stays empty.</li>
 * </ol>
 * Unlabelled samples count towards fold size only. Split names are "fold f/k".
 *
 * @param k the number of folds, &ge; 2
 * @param seed orders blocks of equal size
 */
public record StratifiedGroupKFold(int k, long seed) implements Protocol {

    public StratifiedGroupKFold {
        if (k < 2) {
            throw new IllegalArgumentException("k " + k + " must be >= 2");
        }
    }

    @Override
    public String name() {
        return "stratified-group-kfold(k=" + k + ", seed=" + seed + ")";
    }

    /** @throws IllegalArgumentException if the dataset has fewer than k groups */
    @Override
    public List<Split> splits(Dataset<?> data) {
        List<GroupBlocks.Block> blocks = GroupBlocks.atLeast(data, k, name());
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            order.add(b);
        }
        Collections.shuffle(order, new Random(seed));
        order.sort(Comparator.comparingInt((Integer b) -> blocks.get(b).size()).reversed());

        int classes = data.labels().size();
        int[] classTotals = new int[classes];
        for (GroupBlocks.Block block : blocks) {
            for (int c = 0; c < classes; c++) {
                classTotals[c] += block.labelCounts()[c];
            }
        }
        int[][] foldCounts = new int[k][classes];
        int[] foldSizes = new int[k];
        int[] foldOf = new int[blocks.size()];
        int emptyFolds = k;
        for (int placed = 0; placed < order.size(); placed++) {
            int b = order.get(placed);
            GroupBlocks.Block block = blocks.get(b);
            boolean mustFillEmpty = order.size() - placed <= emptyFolds;
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int f = 0; f < k; f++) {
                if (mustFillEmpty && foldSizes[f] > 0) {
                    continue;
                }
                double cost = imbalanceWith(foldCounts, classTotals, f, block.labelCounts());
                if (best < 0 || cost < bestCost || (cost == bestCost && foldSizes[f] < foldSizes[best])) {
                    best = f;
                    bestCost = cost;
                }
            }
            if (foldSizes[best] == 0) {
                emptyFolds--;
            }
            foldOf[b] = best;
            foldSizes[best] += block.size();
            for (int c = 0; c < classes; c++) {
                foldCounts[best][c] += block.labelCounts()[c];
            }
        }
        return GroupBlocks.folds(blocks, foldOf, k, "");
    }

    /** Mean over classes of the (population) SD over folds of each fold's share of the class, had
     * {@code added} gone into fold {@code target}. Classes without samples are left out. */
    private static double imbalanceWith(int[][] foldCounts, int[] classTotals, int target, int[] added) {
        int k = foldCounts.length;
        double sum = 0;
        int used = 0;
        for (int c = 0; c < classTotals.length; c++) {
            if (classTotals[c] == 0) {
                continue;
            }
            double mean = 0;
            double sq = 0;
            for (int f = 0; f < k; f++) {
                double share = (double) (foldCounts[f][c] + (f == target ? added[c] : 0)) / classTotals[c];
                mean += share;
                sq += share * share;
            }
            mean /= k;
            sum += Math.sqrt(Math.max(0, sq / k - mean * mean));
            used++;
        }
        return used == 0 ? 0 : sum / used;
    }
}
