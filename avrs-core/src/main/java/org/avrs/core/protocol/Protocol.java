package org.avrs.core.protocol;

import java.util.List;
import org.avrs.core.data.Dataset;

/**
 * An evaluation protocol: how a dataset is cut into training and test parts. Every implementation
 * splits by {@link org.avrs.core.data.Group}, so that no speaker or subject is on both sides of any
 * split (checked by {@link Split#checkDisjoint}).
 *
 * <p>The units a protocol distributes are the groups, except that groups sharing a recording unit
 * ({@link org.avrs.core.data.Sample.Origin#unit()}, e.g. a dialogue with two speakers) are merged and
 * always move together, so that neither a group nor a recording is ever on two sides. "Group" in the
 * implementations' documentation means such a merged unit; normally it is exactly one group.
 *
 * <p>Splits can be saved with {@link SplitFile}, which records the dataset's fingerprint.
 */
public interface Protocol {

    /** A stable, printable name with its parameters, e.g. "stratified-group-kfold(k=5, seed=42)". */
    String name();

    /**
     * The splits of a dataset, in a deterministic order for a given dataset and configuration.
     *
     * @throws IllegalArgumentException if the dataset cannot be split this way (e.g. fewer groups than folds)
     */
    List<Split> splits(Dataset<?> data);
}
