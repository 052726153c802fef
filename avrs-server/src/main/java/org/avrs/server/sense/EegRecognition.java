package org.avrs.server.sense;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.TimeSpan;
import org.avrs.sensing.eeg.EegModelFile;
import org.avrs.sensing.eeg.StreamingEegRecognizer;
import org.avrs.signal.io.BinarySource;
import org.avrs.signal.io.EdfChannel;
import org.avrs.signal.io.EdfHeader;
import org.avrs.signal.io.EdfReader;
import org.avrs.signal.io.Recording;

/**
 * Recognises affect in live EEG with one {@link EegModelFile}: each open session has its own
 * {@link StreamingEegRecognizer}, fed by the session's EDF/BDF uploads in order, which emits one estimate
 * per completed window. The recognizers of at most {@link EegLimits#maxStreams()} sessions are kept in
 * memory (least recently used dropped first); a restarted server starts every stream anew.
 *
 * <p>An upload must hold the model's channels by label (any order; other channels are ignored) at the
 * model's sample rate; this is checked from the header before any sample is decoded. Thread-safe: uploads
 * of one session are recognised one at a time, of different sessions in parallel.
 */
public final class EegRecognition {

    private record Stream(String viewerId, StreamingEegRecognizer recognizer) {
    }

    private final EegModelFile model;
    private final EegLimits limits;
    private final Map<String, Stream> streams;

    public EegRecognition(EegModelFile model, EegLimits limits) {
        this.model = model;
        this.limits = limits;
        this.streams = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Stream> eldest) {
                return size() > limits.maxStreams();
            }
        };
    }

    public EegLimits limits() {
        return limits;
    }

    /** The estimates' source, e.g. {@code eeg/de-svm@deap}. */
    public String source() {
        return model.model().source();
    }

    /**
     * Decodes an EDF/BDF upload and pushes it into the session's stream.
     *
     * @param name the upload's name for error messages
     * @return the estimates of the windows it completed (none while the first window fills), in order
     * @throws InvalidInputException if the bytes are not an EDF/BDF file with the model's channels at its
     *     rate; the stream is then unchanged
     */
    public List<TimedEstimate> recognize(String viewerId, String sessionId, byte[] edf, String name) {
        double[][] chunk = decode(edf, name);
        Stream stream;
        synchronized (streams) {
            stream = streams.computeIfAbsent(sessionId, id -> new Stream(viewerId, model.streaming()));
        }
        synchronized (stream) {
            StreamingEegRecognizer r = stream.recognizer();
            List<AffectEstimate> out = r.push(chunk);
            double end = r.received() / r.sampleRate();
            List<TimedEstimate> timed = new ArrayList<>(out.size());
            for (AffectEstimate e : out) {
                timed.add(new TimedEstimate(new AffectEstimate(e.affect(), e.modality(),
                        new TimeSpan(0, e.span().duration()), e.source()), end - e.span().end()));
            }
            return timed;
        }
    }

    /** Drops a session's stream (the session ended). */
    public void end(String sessionId) {
        synchronized (streams) {
            streams.remove(sessionId);
        }
    }

    /** Drops every stream of a viewer (they erased their data). */
    public void forget(String viewerId) {
        synchronized (streams) {
            streams.values().removeIf(s -> s.viewerId().equals(viewerId));
        }
    }

    /** How many sessions have a live stream. */
    public int liveStreams() {
        synchronized (streams) {
            return streams.size();
        }
    }

    /** The model's channels of an upload, [channel][sample] in the model's order. */
    double[][] decode(byte[] edf, String name) {
        if (edf.length == 0) {
            throw new InvalidInputException(name, null, "is empty; expected an EDF or BDF file");
        }
        List<String> wanted = model.model().features().channels();
        double rate = model.model().features().sampleRate();
        try (BinarySource src = BinarySource.of(name, edf)) {
            EdfHeader header = EdfHeader.read(src);
            Map<String, Double> rates = new LinkedHashMap<>();
            for (EdfChannel c : header.channels()) {
                if (!c.isAnnotations()) {
                    rates.putIfAbsent(c.label().strip(), c.samplesPerRecord() / header.recordDuration());
                }
            }
            List<String> missing = wanted.stream().filter(c -> !rates.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(name, "header, channel labels", "lack the model's channels " + missing
                        + "; the file has " + rates.keySet());
            }
            for (String c : wanted) {
                if (Math.abs(rates.get(c) - rate) > 1e-9 * rate) {
                    throw new InvalidInputException(name, "header, channel " + c, String.format(Locale.ROOT,
                            "is sampled at %s Hz; the model reads %s Hz", rates.get(c), rate));
                }
            }
            Recording recording = EdfReader.read(src);
            double[][] chunk = new double[wanted.size()][];
            for (int c = 0; c < wanted.size(); c++) {
                Signal s = recording.signalWith(wanted.get(c));
                chunk[c] = s.channel(wanted.get(c));
            }
            return chunk;
        }
    }
}
