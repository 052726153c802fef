package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * A train/test split by time, for data that accrues (viewers who joined later, later sessions): a
 * group's time is the earliest {@link Sample.Origin#time()} of its samples, and whole groups go to the
 * test side when they start late — either at or after a cutoff ({@link #from}), or among the latest
 * fraction of groups ({@link #latest}). A group that starts before the cutoff stays in training
 * entirely, even if it continues past it. Groups that share a recording move together (see
 * {@link Protocol}). The split is named "holdout".
 */
public final class TimeHoldout implements Protocol {

    private final double cutoff;
    private final double latestFraction;

    private TimeHoldout(double cutoff, double latestFraction) {
        this.cutoff = cutoff;
        this.latestFraction = latestFraction;
    }

    /**
     * Groups whose earliest time is &ge; {@code cutoff} are tested.
     *
     * @param cutoff on the samples' clock (e.g. epoch seconds), finite
     */
    public static TimeHoldout from(double cutoff) {
        if (!Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("cutoff " + cutoff + " must be finite");
        }
        return new TimeHoldout(cutoff, Double.NaN);
    }

    /**
     * The latest round(f · G) of the G groups by earliest time (at least 1, at most G − 1) are tested;
     * equal times keep group order.
     *
     * @param fraction f in (0, 1)
     */
    public static TimeHoldout latest(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction " + fraction + " must be in (0, 1)");
        }
        return new TimeHoldout(Double.NaN, fraction);
    }

    @Override
    public String name() {
        return Double.isNaN(latestFraction) ? "time-holdout(from=" + cutoff + ")"
                : "time-holdout(latest=" + latestFraction + ")";
    }

    /**
     * @throws IllegalArgumentException if a sample has no time, there are fewer than 2 groups, or the
     *     cutoff leaves one side empty
     */
    @Override
    public List<Split> splits(Dataset<?> data) {
        for (Sample<?> s : data.samples()) {
            if (Double.isNaN(s.origin().time())) {
                throw new IllegalArgumentException(name() + ": sample '" + s.id()
                        + "' has no time (Origin.time is NaN)");
            }
        }
        List<GroupBlocks.Block> blocks = GroupBlocks.atLeast(data, 2, name());
        List<GroupBlocks.Block> train = new ArrayList<>();
        List<GroupBlocks.Block> test = new ArrayList<>();
        if (Double.isNaN(latestFraction)) {
            for (GroupBlocks.Block b : blocks) {
                (b.earliestTime() >= cutoff ? test : train).add(b);
            }
            if (train.isEmpty() || test.isEmpty()) {
                throw new IllegalArgumentException(name() + ": every group of dataset '" + data.name() + "' starts "
                        + (test.isEmpty() ? "before" : "at or after") + " the cutoff, so one side would be empty");
            }
        } else {
            List<GroupBlocks.Block> byTime = new ArrayList<>(blocks);
            byTime.sort(Comparator.comparingDouble(GroupBlocks.Block::earliestTime));
            int m = GroupHoldout.testCount(latestFraction, byTime.size());
            train.addAll(byTime.subList(0, byTime.size() - m));
            test.addAll(byTime.subList(byTime.size() - m, byTime.size()));
        }
        return List.of(GroupBlocks.split("holdout", train, List.of(), test));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeHoldout t && Double.compare(cutoff, t.cutoff) == 0
                && Double.compare(latestFraction, t.latestFraction) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(cutoff) * 31 + Double.hashCode(latestFraction);
    }

    @Override
    public String toString() {
        return name();
    }
}
