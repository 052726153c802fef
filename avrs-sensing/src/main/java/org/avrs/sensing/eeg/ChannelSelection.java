package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which channels to keep: the top K by a {@link ChannelStatistic} (Ji &amp; Dong 2022,
 * doi:10.3389/fnins.2022.985709). One candidate K means a fixed K; several mean "choose K" — by nested
 * cross-validation on the training part in the leak-free protocol, by the best test accuracy in P3's.
 *
 * @param statistic the ranking statistic
 * @param candidates the K values, each ≥ 1, ascending, distinct
 */
public record ChannelSelection(ChannelStatistic statistic, List<Integer> candidates) {

    public ChannelSelection {
        Objects.requireNonNull(statistic, "statistic");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one K is needed");
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) < 1 || (i > 0 && candidates.get(i) <= candidates.get(i - 1))) {
                throw new IllegalArgumentException("K values " + candidates + " must be >= 1, ascending and distinct");
            }
        }
    }

    /** A fixed K. */
    public static ChannelSelection fixed(ChannelStatistic statistic, int k) {
        return new ChannelSelection(statistic, List.of(k));
    }

    public boolean isAuto() {
        return candidates.size() > 1;
    }

    /**
     * Parses "kurtosis:68" (a fixed K), "kurtosis:8,16,32" (candidates) or "kurtosis:auto" (the default
     * candidates for {@code channels} channels: 4, 8, 16, … below the count, then the count itself).
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static ChannelSelection parse(String spec, int channels) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("selection '" + spec + "' must look like kurtosis:68 or kurtosis:auto");
        }
        ChannelStatistic stat = ChannelStatistic.named(spec.substring(0, colon));
        String ks = spec.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        if (ks.equals("auto")) {
            return new ChannelSelection(stat, autoCandidates(channels));
        }
        List<Integer> list = new ArrayList<>();
        for (String part : ks.split(",")) {
            try {
                list.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("K '" + part.strip() + "' in '" + spec + "' is not an integer", e);
            }
        }
        for (int k : list) {
            if (k > channels) {
                throw new IllegalArgumentException("K " + k + " exceeds the " + channels + " channels");
            }
        }
        return new ChannelSelection(stat, list);
    }

    /** 4, 8, 16, … below {@code channels}, then {@code channels}. */
    public static List<Integer> autoCandidates(int channels) {
        List<Integer> out = new ArrayList<>();
        for (int k = 4; k < channels; k *= 2) {
            out.add(k);
        }
        out.add(channels);
        return out;
    }

    @Override
    public String toString() {
        return statistic.name().toLowerCase(Locale.ROOT) + ":" + (candidates.size() == 1 ? candidates.get(0)
                : candidates.toString().replace(" ", ""));
    }
}
