package org.avrs.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sampled data: one or more channels of equal length at one sample rate — audio, EEG, ECG, EDA, PPG,
 * WiFi CSI amplitude. Channels have names (e.g. "Fp1", "ECG", "mono") and units (e.g. "uV", "" for
 * dimensionless audio in [-1, 1]); the start time is optional.
 *
 * <p>Immutable: the sample arrays are copied in and out. Every sample is finite — a NaN or infinity is
 * refused at construction, so downstream code never meets one. Readers check first and report the file
 * and offset; this class is the last line.
 */
public final class Signal {

    private final double[][] data;
    private final double sampleRate;
    private final List<String> channelNames;
    private final List<String> units;
    private final Instant startTime;

    private Signal(double[][] data, double sampleRate, List<String> channelNames, List<String> units,
                   Instant startTime) {
        this.data = data;
        this.sampleRate = sampleRate;
        this.channelNames = channelNames;
        this.units = units;
        this.startTime = startTime;
    }

    /**
     * A signal with channels named "ch0", "ch1", … and no unit.
     *
     * @param sampleRate samples per second, &gt; 0
     * @param channels one array per channel, all of the same length (copied)
     */
    public static Signal of(double sampleRate, double[]... channels) {
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int c = 0; c < channels.length; c++) {
            names.add(channels.length == 1 ? "mono" : "ch" + c);
            units.add("");
        }
        return builder().sampleRate(sampleRate).channels(channels).names(names).units(units).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int channelCount() {
        return data.length;
    }

    /** Samples per channel. */
    public int length() {
        return data.length == 0 ? 0 : data[0].length;
    }

    public double sampleRate() {
        return sampleRate;
    }

    public double durationSeconds() {
        return length() / sampleRate;
    }

    public List<String> channelNames() {
        return channelNames;
    }

    public List<String> units() {
        return units;
    }

    public Optional<Instant> startTime() {
        return Optional.ofNullable(startTime);
    }

    /** A copy of one channel's samples. */
    public double[] channel(int c) {
        return data[checkChannel(c)].clone();
    }

    /** A copy of the named channel's samples. */
    public double[] channel(String name) {
        return channel(channelIndex(name));
    }

    /** One sample. */
    public double get(int c, int i) {
        return data[checkChannel(c)][i];
    }

    /** Copies {@code length} samples of channel {@code c} from {@code from} into {@code dst}. */
    public void copyChannel(int c, int from, double[] dst, int dstPos, int length) {
        System.arraycopy(data[checkChannel(c)], from, dst, dstPos, length);
    }

    /** A copy of all samples, [channel][sample]. */
    public double[][] toArray() {
        double[][] copy = new double[data.length][];
        for (int c = 0; c < data.length; c++) {
            copy[c] = data[c].clone();
        }
        return copy;
    }

    /**
     * @throws IllegalArgumentException naming the channels there are, if {@code name} is not one
     */
    public int channelIndex(String name) {
        int i = channelNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no channel '" + name + "'; channels are " + channelNames);
        }
        return i;
    }

    /** The given channels, in the given order. */
    public Signal selectChannels(List<String> names) {
        int[] idx = names.stream().mapToInt(this::channelIndex).toArray();
        return select(idx);
    }

    /** The channels at the given indices, in the given order. */
    public Signal select(int... indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("a signal needs at least one channel; none selected");
        }
        double[][] sel = new double[indices.length][];
        List<String> n = new ArrayList<>();
        List<String> u = new ArrayList<>();
        for (int k = 0; k < indices.length; k++) {
            int c = checkChannel(indices[k]);
            sel[k] = data[c];
            n.add(channelNames.get(c));
            u.add(units.get(c));
        }
        return new Signal(sel, sampleRate, List.copyOf(n), List.copyOf(u), startTime);
    }

    /** Samples [from, to) of every channel; the start time moves with {@code from}. */
    public Signal slice(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") is outside [0, " + length() + ")");
        }
        double[][] part = new double[data.length][];
        for (int c = 0; c < data.length; c++) {
            part[c] = java.util.Arrays.copyOfRange(data[c], from, to);
        }
        Instant start = startTime == null ? null
                : startTime.plusNanos(Math.round(from / sampleRate * 1e9));
        return new Signal(part, sampleRate, channelNames, units, start);
    }

    /** The mean of all channels, as one channel named "mono". */
    public Signal toMono() {
        if (data.length == 1) {
            return this;
        }
        double[] mono = new double[length()];
        for (double[] ch : data) {
            for (int i = 0; i < mono.length; i++) {
                mono[i] += ch[i];
            }
        }
        for (int i = 0; i < mono.length; i++) {
            mono[i] /= data.length;
        }
        return new Signal(new double[][] {mono}, sampleRate, List.of("mono"), List.of(units.get(0)), startTime);
    }

    /** The same samples with new values for every channel (same count and length), e.g. after filtering. */
    public Signal withData(double[][] newData) {
        return builder().sampleRate(sampleRate).channels(newData).names(channelNames).units(units)
                .startTime(startTime).build();
    }

    private int checkChannel(int c) {
        if (c < 0 || c >= data.length) {
            throw new IndexOutOfBoundsException("channel " + c + " of " + data.length);
        }
        return c;
    }

    @Override
    public String toString() {
        return "Signal[" + data.length + " ch × " + length() + " @ " + sampleRate + " Hz " + channelNames + "]";
    }

    /** Builds a signal; {@link #build()} checks everything. */
    public static final class Builder {
        private double[][] channels;
        private double sampleRate = Double.NaN;
        private List<String> names;
        private List<String> units;
        private String unitForAll = "";
        private Instant startTime;
        private boolean copy = true;

        private Builder() {
        }

        public Builder sampleRate(double rate) {
            this.sampleRate = rate;
            return this;
        }

        /** The samples, [channel][sample]; copied by {@link #build()}. */
        public Builder channels(double[]... data) {
            this.channels = data;
            this.copy = true;
            return this;
        }

        /**
         * The samples, taken over without a copy: the caller hands them over and must not touch them
         * again. For readers and filters that have just allocated the arrays.
         */
        public Builder channelsOwned(double[][] data) {
            this.channels = data;
            this.copy = false;
            return this;
        }

        public Builder names(List<String> channelNames) {
            this.names = channelNames;
            return this;
        }

        /** One unit for every channel, or one per channel via {@link #units(List)}. */
        public Builder unit(String unit) {
            this.units = null;
            this.unitForAll = unit;
            return this;
        }

        public Builder units(List<String> channelUnits) {
            this.units = channelUnits;
            return this;
        }

        public Builder startTime(Instant start) {
            this.startTime = start;
            return this;
        }

        /**
         * @throws IllegalArgumentException if there is no channel, the rate is not positive and finite,
         *     channels differ in
         *     length, names or units do not match the channel count, names repeat, or a sample is not finite
         */
        public Signal build() {
            if (!(sampleRate > 0) || Double.isInfinite(sampleRate)) {
                throw new IllegalArgumentException("sample rate " + sampleRate + " must be > 0 and finite");
            }
            Objects.requireNonNull(channels, "channels");
            if (channels.length == 0) {
                throw new IllegalArgumentException("a signal needs at least one channel");
            }
            int n = channels.length == 0 ? 0 : Objects.requireNonNull(channels[0], "channel 0").length;
            double[][] data = new double[channels.length][];
            for (int c = 0; c < channels.length; c++) {
                double[] ch = Objects.requireNonNull(channels[c], "channel " + c);
                if (ch.length != n) {
                    throw new IllegalArgumentException("channel " + c + " has " + ch.length
                            + " samples, channel 0 has " + n);
                }
                for (int i = 0; i < ch.length; i++) {
                    if (!Double.isFinite(ch[i])) {
                        throw new IllegalArgumentException("channel " + c + " sample " + i + " is " + ch[i]
                                + "; samples must be finite");
                    }
                }
                data[c] = copy ? ch.clone() : ch;
            }
            List<String> n2 = names;
            if (n2 == null) {
                n2 = new ArrayList<>();
                for (int c = 0; c < data.length; c++) {
                    n2.add(data.length == 1 ? "mono" : "ch" + c);
                }
            }
            if (n2.size() != data.length) {
                throw new IllegalArgumentException(n2.size() + " channel names for " + data.length + " channels");
            }
            if (new HashSet<>(n2).size() != n2.size()) {
                throw new IllegalArgumentException("channel names repeat: " + n2);
            }
            List<String> u = units;
            if (u == null) {
                u = java.util.Collections.nCopies(data.length, unitForAll);
            }
            if (u.size() != data.length) {
                throw new IllegalArgumentException(u.size() + " units for " + data.length + " channels");
            }
            return new Signal(data, sampleRate, List.copyOf(n2), List.copyOf(u), startTime);
        }
    }
}
