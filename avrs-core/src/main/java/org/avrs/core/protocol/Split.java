package org.avrs.core.protocol;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;

/**
 * One train / (validation) / test partition of a dataset, as sample positions. Arrays are copied in and
 * out.
 *
 * @param name e.g. "fold 3/10" or "test speaker 03"
 * @param train positions of the training samples
 * @param validation positions of the validation samples (empty when the protocol has none)
 * @param test positions of the test samples
 */
public record Split(String name, int[] train, int[] validation, int[] test) {

    public Split {
        train = train.clone();
        validation = validation == null ? new int[0] : validation.clone();
        test = test.clone();
    }

    /** A split without validation part. */
    public Split(String name, int[] train, int[] test) {
        this(name, train, new int[0], test);
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /** The groups of the test part. */
    public Set<Group> testGroups(Dataset<?> data) {
        return groupsOf(data, test);
    }

    /** The groups of the training part. */
    public Set<Group> trainGroups(Dataset<?> data) {
        return groupsOf(data, train);
    }

    private static Set<Group> groupsOf(Dataset<?> data, int[] idx) {
        Set<Group> g = new TreeSet<>();
        for (int i : idx) {
            g.add(data.get(i).group());
        }
        return g;
    }

    /**
     * Checks the split against its dataset: positions in range, no position twice, and no group (nor
     * recording unit) on two sides.
     *
     * @throws IllegalStateException naming the first offending group or position
     */
    public void checkDisjoint(Dataset<?> data) {
        Set<Integer> seen = new HashSet<>();
        int[][] parts = {train, validation, test};
        String[] partNames = {"train", "validation", "test"};
        java.util.Map<Group, String> side = new java.util.HashMap<>();
        java.util.Map<String, String> unitSide = new java.util.HashMap<>();
        for (int p = 0; p < parts.length; p++) {
            for (int i : parts[p]) {
                if (i < 0 || i >= data.size()) {
                    throw new IllegalStateException(name + ": position " + i + " outside the dataset of " + data.size());
                }
                if (!seen.add(i)) {
                    throw new IllegalStateException(name + ": sample " + data.get(i).id() + " is used twice");
                }
                Group g = data.get(i).group();
                String prev = side.putIfAbsent(g, partNames[p]);
                if (prev != null && !prev.equals(partNames[p])) {
                    throw new IllegalStateException(name + ": " + g + " is in both " + prev + " and " + partNames[p]);
                }
                String unit = data.get(i).origin().unit();
                String prevUnit = unitSide.putIfAbsent(unit, partNames[p]);
                if (prevUnit != null && !prevUnit.equals(partNames[p])) {
                    throw new IllegalStateException(name + ": recording " + unit + " is in both " + prevUnit
                            + " and " + partNames[p]);
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && name.equals(s.name) && Arrays.equals(train, s.train)
                && Arrays.equals(validation, s.validation) && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return name + " (train " + train.length + ", validation " + validation.length + ", test " + test.length + ")";
    }
}
