package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.avrs.core.data.Dataset;

/**
 * A single random train/test split by groups: round(f · G) of the G groups, at least 1 and at most
 * G − 1, chosen by a seeded shuffle ({@code java.util.Collections.shuffle} with
 * {@code new java.util.Random(seed)}), go to the test side with all their samples. Groups that share a
 * recording move together (see {@link Protocol}). The split is named "holdout".
 *
 * @param testFraction the fraction f of groups to test on, in (0, 1)
 * @param seed seeds the shuffle
 */
public record GroupHoldout(double testFraction, long seed) implements Protocol {

    public GroupHoldout {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction " + testFraction + " must be in (0, 1)");
        }
    }

    @Override
    public String name() {
        return "group-holdout(test=" + testFraction + ", seed=" + seed + ")";
    }

    /** @throws IllegalArgumentException if the dataset has fewer than 2 groups */
    @Override
    public List<Split> splits(Dataset<?> data) {
        List<GroupBlocks.Block> blocks = new ArrayList<>(GroupBlocks.atLeast(data, 2, name()));
        Collections.shuffle(blocks, new Random(seed));
        int m = testCount(testFraction, blocks.size());
        return List.of(GroupBlocks.split("holdout", blocks.subList(m, blocks.size()), List.of(), blocks.subList(0, m)));
    }

    /** round(f · n) clamped to [1, n − 1]: both sides keep at least one block. */
    static int testCount(double fraction, int n) {
        return (int) Math.max(1, Math.min(n - 1, Math.round(fraction * n)));
    }
}
