package org.avrs.sensing.eeg;

import java.util.List;
import java.util.Objects;

/**
 * One analysis window of EEG as 32-bit floats: C channels × T samples, with channel names and rate.
 * The network input layout is (time, channel), see {@link #timeMajor(int[], float)}. Immutable: the
 * samples are copied in and never handed out.
 */
public final class EegWindow {

    private final float[][] data;
    private final List<String> channels;
    private final double sampleRate;

    /**
     * @param data [channel][sample], every channel of the same length ≥ 1 (copied)
     * @param channels one unique name per channel
     * @param sampleRate samples per second, &gt; 0
     */
    public EegWindow(float[][] data, List<String> channels, double sampleRate) {
        this(List.copyOf(channels), copy(data), sampleRate);
    }

    private EegWindow(List<String> channels, float[][] data, double sampleRate) {
        if (data.length == 0 || data.length != channels.size()) {
            throw new IllegalArgumentException(data.length + " channels of data for names " + channels);
        }
        if (channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("channel names repeat: " + channels);
        }
        if (!(sampleRate > 0) || Double.isInfinite(sampleRate)) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " must be > 0 and finite");
        }
        int n = data[0].length;
        for (int c = 0; c < data.length; c++) {
            if (data[c].length != n || n == 0) {
                throw new IllegalArgumentException("channel " + c + " has " + data[c].length + " samples; all need "
                        + Math.max(n, 1) + " or more, equally many");
            }
        }
        this.data = data;
        this.channels = channels;
        this.sampleRate = sampleRate;
    }

    /** A window over data the caller has just allocated and hands over (not copied). */
    static EegWindow owning(float[][] data, List<String> channels, double sampleRate) {
        return new EegWindow(List.copyOf(channels), data, sampleRate);
    }

    private static float[][] copy(float[][] data) {
        float[][] out = new float[Objects.requireNonNull(data, "data").length][];
        for (int c = 0; c < data.length; c++) {
            out[c] = data[c].clone();
        }
        return out;
    }

    public int channelCount() {
        return data.length;
    }

    /** Samples per channel. */
    public int length() {
        return data[0].length;
    }

    public List<String> channels() {
        return channels;
    }

    public double sampleRate() {
        return sampleRate;
    }

    public float get(int channel, int sample) {
        return data[channel][sample];
    }

    /** A copy of one channel as doubles. */
    public double[] channel(int c) {
        double[] out = new double[data[c].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[c][i];
        }
        return out;
    }

    /**
     * The chosen channels in (time, channel) row-major order, each value multiplied by {@code scale}:
     * element (t, k) at t·K + k is channel {@code channels[k]} at sample t. The input of the EEG networks.
     */
    public float[] timeMajor(int[] channelIndices, float scale) {
        int t = length();
        int k = channelIndices.length;
        float[] out = new float[t * k];
        for (int j = 0; j < k; j++) {
            float[] ch = data[channelIndices[j]];
            for (int i = 0; i < t; i++) {
                out[i * k + j] = ch[i] * scale;
            }
        }
        return out;
    }

    /** The indices of the named channels, in the given order. */
    public int[] indicesOf(List<String> names) {
        int[] idx = new int[names.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = channels.indexOf(names.get(k));
            if (idx[k] < 0) {
                throw new IllegalArgumentException("no channel '" + names.get(k) + "'; channels are " + channels);
            }
        }
        return idx;
    }

    /** Σ x² and the count of values over all channels (for fitting an input scale). */
    double[] sumOfSquares() {
        double s = 0;
        for (float[] ch : data) {
            for (float v : ch) {
                s += (double) v * v;
            }
        }
        return new double[] {s, (double) data.length * data[0].length};
    }

    @Override
    public String toString() {
        return "EegWindow[" + data.length + " ch × " + length() + " @ " + sampleRate + " Hz]";
    }
}
