package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.eeg.ChannelStatistics;
import org.avrs.signal.eeg.EegInput;

/**
 * Channels ranked by a {@link ChannelStatistic} over a set of windows, highest first (Ji &amp; Dong 2022,
 * doi:10.3389/fnins.2022.985709: "keep the top K"). The statistic of channel c is taken over the N
 * samples of all the windows' channel c together, as Table 2's formulas over x_c(i), i = 1…N. Ties (and
 * NaN, e.g. the skewness of a flat channel, ranked last) break by channel index, so the ranking is
 * deterministic.
 *
 * @param channels channel names, best first
 * @param scores the statistic of each channel in {@code channels} order
 */
public record ChannelRanking(ChannelStatistic statistic, List<String> channels, double[] scores) {

    public ChannelRanking {
        channels = List.copyOf(channels);
        scores = scores.clone();
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    /**
     * Ranks the channels of the windows (all must have the same channels).
     *
     * @throws IllegalArgumentException if there are no windows or their channels differ
     */
    public static ChannelRanking of(List<EegWindow> windows, ChannelStatistic statistic) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("cannot rank channels over no windows");
        }
        List<String> names = windows.get(0).channels();
        long total = 0;
        for (EegWindow w : windows) {
            if (!w.channels().equals(names)) {
                throw new IllegalArgumentException("windows differ in channels: " + names + " vs " + w.channels());
            }
            total += w.length();
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(total + " samples per channel are too many to rank in one pass");
        }
        double[][] joined = new double[names.size()][(int) total];
        int at = 0;
        for (EegWindow w : windows) {
            for (int c = 0; c < names.size(); c++) {
                for (int i = 0; i < w.length(); i++) {
                    joined[c][at + i] = w.get(c, i);
                }
            }
            at += w.length();
        }
        Signal all = Signal.builder().sampleRate(windows.get(0).sampleRate()).channelsOwned(joined).names(names).build();
        FeatureMatrix stats = new ChannelStatistics(new ChannelStatistics.Config(
                new EegInput(all.sampleRate(), names, 0, 0))).extract(all);
        double[] value = new double[names.size()];
        for (int c = 0; c < value.length; c++) {
            value[c] = stats.get(0, names.get(c) + "_" + statistic.column());
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, value.length).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer c) -> Double.isNaN(value[c]) ? Double.NEGATIVE_INFINITY : value[c])
                .reversed().thenComparingInt(c -> c));
        return new ChannelRanking(statistic, order.stream().map(names::get).toList(),
                order.stream().mapToDouble(c -> value[c]).toArray());
    }

    /** The best k channels (all of them when k exceeds the count). */
    public List<String> top(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k + " must be >= 1");
        }
        return channels.subList(0, Math.min(k, channels.size()));
    }
}
