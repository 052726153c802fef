package org.avrs.signal.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureMatrix;

/**
 * What an EEG extractor reads and how it cuts it: the sample rate it accepts, the channels it uses (by
 * name, in this order, which is the column order), and the analysis windows.
 *
 * <p>Windows: L = round(windowSeconds·fs) samples, S = round(stepSeconds·fs) apart; window t covers
 * samples [t·S, t·S + L) and there are 1 + ⌊(n − L)/S⌋ of them (a tail that does not fill a window is
 * dropped); row time = the window centre (t·S + L/2)/fs in seconds. {@code windowSeconds = 0} (with
 * {@code stepSeconds = 0}) means one window over the whole record, row time n/(2·fs).
 *
 * @param sampleRate the signal rate accepted, Hz
 * @param channels channel names to use, non-empty, unique
 * @param windowSeconds window length in s, &gt; 0, or 0 for the whole record
 * @param stepSeconds window step in s, &gt; 0 (0 with a whole-record window)
 */
public record EegInput(double sampleRate, List<String> channels, double windowSeconds, double stepSeconds) {

    public EegInput {
        Checks.positive("sampleRate", sampleRate);
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("at least one channel is needed");
        }
        if (channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("channel names repeat: " + channels);
        }
        Checks.nonNegative("windowSeconds", windowSeconds);
        Checks.nonNegative("stepSeconds", stepSeconds);
        if (windowSeconds == 0 ? stepSeconds != 0 : stepSeconds == 0) {
            throw new IllegalArgumentException("stepSeconds " + stepSeconds + " must be > 0 with windowSeconds "
                    + windowSeconds + " (and 0 only with windowSeconds 0, the whole record)");
        }
        if (windowSeconds > 0 && Math.round(windowSeconds * sampleRate) < 2) {
            throw new IllegalArgumentException("windowSeconds " + windowSeconds + " is under 2 samples at "
                    + sampleRate + " Hz");
        }
        if (stepSeconds > 0 && Math.round(stepSeconds * sampleRate) < 1) {
            throw new IllegalArgumentException("stepSeconds " + stepSeconds + " is under 1 sample at "
                    + sampleRate + " Hz");
        }
    }

    /** DEAP's 32 channels at 128 Hz (its preprocessed release), 2 s windows every 1 s. */
    public static EegInput defaults() {
        return new EegInput(128, Montage.DEAP_32, 2, 1);
    }

    public EegInput withSampleRate(double rate) {
        return new EegInput(rate, channels, windowSeconds, stepSeconds);
    }

    public EegInput withChannels(List<String> names) {
        return new EegInput(sampleRate, names, windowSeconds, stepSeconds);
    }

    public EegInput withWindow(double seconds, double step) {
        return new EegInput(sampleRate, channels, seconds, step);
    }

    /** One window over the whole record. */
    public EegInput wholeRecord() {
        return withWindow(0, 0);
    }

    public boolean spansWholeRecord() {
        return windowSeconds == 0;
    }

    /** The window length in samples for a record of n samples. */
    int windowLength(int n) {
        return spansWholeRecord() ? n : (int) Math.round(windowSeconds * sampleRate);
    }

    int stepLength() {
        return spansWholeRecord() ? 1 : (int) Math.round(stepSeconds * sampleRate);
    }

    /** The number of windows in n samples (0 if none fits). */
    public int windowCount(int n) {
        int len = windowLength(n);
        return n < len || n == 0 ? 0 : 1 + (n - len) / stepLength();
    }

    /** The first sample of each window of a record of n samples. */
    int[] windowStarts(int n) {
        int[] starts = new int[windowCount(n)];
        for (int t = 0; t < starts.length; t++) {
            starts[t] = t * stepLength();
        }
        return starts;
    }

    /** The centre time of each window of a record of n samples, seconds. */
    public double[] windowTimes(int n) {
        int[] starts = windowStarts(n);
        double half = windowLength(n) / 2.0;
        double[] times = new double[starts.length];
        for (int t = 0; t < times.length; t++) {
            times[t] = (starts[t] + half) / sampleRate;
        }
        return times;
    }

    /**
     * The configured channels of a signal, in config order (copies).
     *
     * @param minLength the fewest samples the caller can work with (at least one window is also needed)
     * @throws InvalidInputException for another sample rate, a missing channel or a record too short for
     *     one window
     */
    double[][] select(Signal signal, int minLength, String who) {
        Objects.requireNonNull(signal, "signal");
        Checks.sampleRate(signal, sampleRate, who);
        List<String> names = signal.channelNames();
        double[][] out = new double[channels.size()][];
        for (int c = 0; c < out.length; c++) {
            int i = names.indexOf(channels.get(c));
            if (i < 0) {
                throw new InvalidInputException("signal", "channel '" + channels.get(c) + "'",
                        who + " is configured for it but the signal has only " + names);
            }
            out[c] = signal.channel(i);
        }
        int n = signal.length();
        if (windowCount(n) == 0 || n < minLength) {
            throw new InvalidInputException("signal", "length", who + " needs at least "
                    + Math.max(minLength, Math.max(windowLength(n), 1)) + " samples ("
                    + (spansWholeRecord() ? "whole record" : windowSeconds + " s windows at " + sampleRate + " Hz")
                    + "); the signal has " + n);
        }
        return out;
    }

    /** Column names channel by channel: {@code <channel>_<suffix>} for each suffix. */
    List<String> columnNames(List<String> suffixes) {
        List<String> names = new ArrayList<>(channels.size() * suffixes.size());
        for (String ch : channels) {
            for (String s : suffixes) {
                names.add(ch + "_" + s);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Runs a per-channel computation over the windows of a signal and lays the results out as columns
     * {@code <channel>_<suffix>} (channel-major, suffixes in order).
     */
    FeatureMatrix compute(Signal signal, List<String> suffixes, int minLength, String who, ChannelFeatures f) {
        double[][] x = select(signal, minLength, who);
        int n = signal.length();
        int[] starts = windowStarts(n);
        int length = windowLength(n);
        int k = suffixes.size();
        int cols = x.length * k;
        double[] values = new double[starts.length * cols];
        double[][] perChannel = new double[starts.length][k];
        for (int c = 0; c < x.length; c++) {
            f.compute(x[c], starts, length, perChannel);
            for (int t = 0; t < starts.length; t++) {
                System.arraycopy(perChannel[t], 0, values, t * cols + c * k, k);
            }
        }
        return FeatureMatrix.ofRowMajor(columnNames(suffixes), windowTimes(n), values);
    }

    /** The features of the windows of one channel. */
    @FunctionalInterface
    interface ChannelFeatures {
        /**
         * @param x the whole channel
         * @param starts the first sample of each window
         * @param length the window length in samples
         * @param out [window][feature], filled by the call
         */
        void compute(double[] x, int[] starts, int length, double[][] out);
    }
}
