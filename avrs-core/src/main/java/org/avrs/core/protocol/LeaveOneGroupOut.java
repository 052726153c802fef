package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.data.Dataset;

/**
 * Leave-one-group-out (LOSO for speakers, LOSO/LOSubO for subjects): one split per group, testing on
 * that group and training on all others, in group order; every sample is tested exactly once. Groups
 * that share a recording are left out together (see {@link Protocol}). Split names are
 * "test speaker 03".
 */
public record LeaveOneGroupOut() implements Protocol {

    @Override
    public String name() {
        return "leave-one-group-out";
    }

    /** @throws IllegalArgumentException if the dataset has fewer than 2 groups */
    @Override
    public List<Split> splits(Dataset<?> data) {
        List<GroupBlocks.Block> blocks = GroupBlocks.atLeast(data, 2, name());
        List<Split> splits = new ArrayList<>(blocks.size());
        for (GroupBlocks.Block test : blocks) {
            List<GroupBlocks.Block> train = blocks.stream().filter(b -> b != test).toList();
            splits.add(GroupBlocks.split("test " + test.name(), train, List.of(), List.of(test)));
        }
        return splits;
    }
}
