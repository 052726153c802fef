package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.data.Dataset;

/**
 * Leave-one-group-out with a rotating validation group, as in the speech-emotion protocol on EmoDB
 * where 8 speakers train, 1 validates (for early stopping or tuning) and 1 tests, over 10 folds: with
 * G groups in order, fold i tests group i, validates on group (i + 1) mod G and trains on the other
 * G − 2. Every sample is tested exactly once and validated exactly once. Groups that share a recording
 * move together (see {@link Protocol}). Split names are "test speaker 03, validate speaker 08".
 */
public record GroupRotation() implements Protocol {

    @Override
    public String name() {
        return "group-rotation";
    }

    /** @throws IllegalArgumentException if the dataset has fewer than 3 groups */
    @Override
    public List<Split> splits(Dataset<?> data) {
        List<GroupBlocks.Block> blocks = GroupBlocks.atLeast(data, 3, name());
        int g = blocks.size();
        List<Split> splits = new ArrayList<>(g);
        for (int i = 0; i < g; i++) {
            GroupBlocks.Block test = blocks.get(i);
            GroupBlocks.Block validation = blocks.get((i + 1) % g);
            List<GroupBlocks.Block> train = blocks.stream().filter(b -> b != test && b != validation).toList();
            splits.add(GroupBlocks.split("test " + test.name() + ", validate " + validation.name(), train,
                    List.of(validation), List.of(test)));
        }
        return splits;
    }
}
