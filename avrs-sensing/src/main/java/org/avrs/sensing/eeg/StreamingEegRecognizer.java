package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.TimeSpan;

/**
 * Recognizes affect from a live multichannel EEG stream: samples arrive in chunks of any size, and every
 * {@code hop} samples, once a full window has arrived, the last window is classified and an
 * {@link AffectEstimate} is emitted, timed from the stream's first sample.
 *
 * <p>Memory is bounded: a ring buffer of one window per channel (L·C doubles, L = round(windowSeconds·fs))
 * whatever the stream's length; chunks are consumed, not kept. The k-th estimate (k = 0, 1, …) covers
 * samples [k·H, k·H + L), H = round(hopSeconds·fs), and equals what the model gives offline for that
 * window ({@link WindowFeatures} look at the window alone), so live and offline results agree. Not
 * thread-safe: one recognizer per stream.
 */
public final class StreamingEegRecognizer {

    private final EegFeatureModel model;
    private final int length;
    private final int hop;
    private final double rate;
    private final List<String> channels;
    private final double[][] ring;
    private long received;

    /**
     * @param windowSeconds window length, s (e.g. the 2 s the model was trained on)
     * @param hopSeconds time between estimates, s, &gt; 0
     * @throws IllegalArgumentException if the window is under 2 samples or the hop under 1
     */
    public StreamingEegRecognizer(EegFeatureModel model, double windowSeconds, double hopSeconds) {
        this.model = Objects.requireNonNull(model, "model");
        this.rate = model.features().sampleRate();
        this.channels = model.features().channels();
        this.length = (int) Math.round(windowSeconds * rate);
        this.hop = (int) Math.round(hopSeconds * rate);
        if (length < 2 || hop < 1) {
            throw new IllegalArgumentException("window " + windowSeconds + " s and hop " + hopSeconds + " s at " + rate
                    + " Hz give " + length + " and " + hop + " samples; need >= 2 and >= 1");
        }
        this.ring = new double[channels.size()][length];
    }

    /** The channels a chunk must hold, in order. */
    public List<String> channels() {
        return channels;
    }

    public double sampleRate() {
        return rate;
    }

    /** Samples per channel received so far. */
    public long received() {
        return received;
    }

    /**
     * Consumes a chunk and returns the estimates of the windows it completes (possibly none).
     *
     * @param chunk [channel][sample] in {@link #channels()} order, all channels equally long (may be 0)
     * @throws InvalidInputException if the channel count or lengths differ, or a sample is not finite; the
     *     stream's state is then unchanged
     */
    public List<AffectEstimate> push(double[][] chunk) {
        if (chunk.length != ring.length) {
            throw new InvalidInputException("EEG stream", "chunk", chunk.length + " channels; the model reads "
                    + ring.length + " " + channels);
        }
        int n = chunk[0].length;
        for (int c = 0; c < chunk.length; c++) {
            if (chunk[c].length != n) {
                throw new InvalidInputException("EEG stream", "chunk channel " + channels.get(c), chunk[c].length
                        + " samples; channel " + channels.get(0) + " has " + n);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(chunk[c][i])) {
                    throw new InvalidInputException("EEG stream", "chunk channel " + channels.get(c) + " sample " + i,
                            "is " + chunk[c][i] + "; samples must be finite");
                }
            }
        }
        List<AffectEstimate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = (int) (received % length);
            for (int c = 0; c < ring.length; c++) {
                ring[c][at] = chunk[c][i];
            }
            received++;
            if (received >= length && (received - length) % hop == 0) {
                out.add(emit());
            }
        }
        return out;
    }

    /** Classifies the window that ends with the latest sample. */
    private AffectEstimate emit() {
        int start = (int) (received % length); // the oldest sample's slot
        double[][] window = new double[ring.length][length];
        for (int c = 0; c < ring.length; c++) {
            System.arraycopy(ring[c], start, window[c], 0, length - start);
            System.arraycopy(ring[c], 0, window[c], length - start, start);
        }
        Signal s = Signal.builder().sampleRate(rate).channelsOwned(window).names(channels).build();
        double end = received / rate;
        return model.recognize(s, new TimeSpan(end - length / rate, end));
    }
}
