package org.avrs.signal.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.avrs.core.Signal;

/**
 * What a recording file holds: its channels as {@link Signal}s — one per sample rate, since a
 * {@code Signal} has a single rate (an EDF whose channels differ in samples per record gives several),
 * in file order of each rate's first channel — its timed {@link Annotation}s, and its header fields
 * as text (format-specific keys, documented by each reader).
 *
 * @param signals the channels grouped by rate; may be empty (an annotations-only EDF+)
 * @param annotations events in file order
 * @param header header fields, in file order
 */
public record Recording(List<Signal> signals, List<Annotation> annotations, Map<String, String> header) {

    public Recording {
        signals = List.copyOf(signals);
        annotations = List.copyOf(annotations);
        header = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(header, "header")));
    }

    /** A recording of one signal, without annotations or header. */
    public static Recording of(Signal signal) {
        return new Recording(List.of(signal), List.of(), Map.of());
    }

    /**
     * The signal holding a channel.
     *
     * @throws IllegalArgumentException naming the channels there are, if none has that name
     */
    public Signal signalWith(String channel) {
        for (Signal s : signals) {
            if (s.channelNames().contains(channel)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no channel '" + channel + "'; channels are " + channelNames());
    }

    /** All channel names, signal by signal. */
    public List<String> channelNames() {
        return signals.stream().flatMap(s -> s.channelNames().stream()).toList();
    }
}
