package org.avrs.sensing.physio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.physio.EcgPeakDetector;
import org.avrs.signal.physio.EdaFeatures;
import org.avrs.signal.physio.Events;
import org.avrs.signal.physio.Peaks;
import org.avrs.signal.physio.ScrPeaks;

/**
 * Event-related heart-rate and skin-conductance responses, the analysis NeuroKit2 shows on its
 * {@code bio_eventrelated_100hz} example (Makowski et al. 2021, doi:10.3758/s13428-020-01516-y).
 *
 * <p>Events are where the marker channel crosses the midpoint of its range in the configured direction
 * (a photosensor dropping from 5 to 0 when an image appears: {@link Events.Edge#FALLING}). For each
 * event at t₀:
 * <ul>
 *   <li>heart rate: R-peaks ({@link EcgPeakDetector}, NeuroKit's method), the instantaneous rate
 *       60000/RR held from each beat to the next ({@link HeartRate#onGrid}); {@code hrBaseline} its mean
 *       over [t₀ − before, t₀), {@code hrChange} the mean over [t₀, t₀ + after) minus the baseline, and
 *       {@code hrMinChange}/{@code hrMaxChange} the extremes of rate − baseline over [t₀, t₀ + after), bpm;</li>
 *   <li>skin conductance: the SCRs of the whole record ({@link EdaFeatures}: phasic component, peak
 *       prominence ≥ 0.01 µS); the event's response is the first SCR whose onset lies in
 *       [t₀ + scrFrom, t₀ + scrTo] (1–4 s, the usual latency window for a stimulus-elicited SCR,
 *       Boucsein 2012, doi:10.1007/978-1-4614-1126-0), with its amplitude (µS) and its onset latency (s);
 *       none — amplitude 0, latency NaN — when no SCR starts in the window.</li>
 * </ul>
 * With a handful of events per condition this describes; it does not test.
 *
 * @param ecgChannel the ECG channel
 * @param edaChannel the EDA channel (µS)
 * @param eventChannel the marker channel
 * @param edge which crossing marks an event
 * @param beforeSeconds baseline before each event, s, &gt; 0 (1)
 * @param afterSeconds response window after it, s, &gt; 0 (6)
 * @param scrFromSeconds start of the SCR latency window, s (1)
 * @param scrToSeconds its end, s, &gt; scrFromSeconds (4)
 */
public record EventRelated(String ecgChannel, String edaChannel, String eventChannel, Events.Edge edge,
                           double beforeSeconds, double afterSeconds, double scrFromSeconds, double scrToSeconds) {

    public EventRelated {
        Objects.requireNonNull(ecgChannel, "ecgChannel");
        Objects.requireNonNull(edaChannel, "edaChannel");
        Objects.requireNonNull(eventChannel, "eventChannel");
        Objects.requireNonNull(edge, "edge");
        if (!(beforeSeconds > 0) || !(afterSeconds > 0) || !(scrFromSeconds >= 0) || !(scrToSeconds > scrFromSeconds)
                || Double.isInfinite(beforeSeconds + afterSeconds + scrToSeconds)) {
            throw new IllegalArgumentException("before " + beforeSeconds + " s and after " + afterSeconds
                    + " s must be > 0, the SCR window [" + scrFromSeconds + ", " + scrToSeconds + "] s non-empty");
        }
    }

    /** NeuroKit's example: channels ECG, EDA and Photosensor (falling edge), 1 s before, 6 s after, SCR 1–4 s. */
    public static EventRelated neurokitExample() {
        return new EventRelated("ECG", "EDA", "Photosensor", Events.Edge.FALLING, 1, 6, 1, 4);
    }

    /** One event's responses. */
    public record Response(int index, String condition, double onsetSeconds, double hrBaseline, double hrChange,
                           double hrMinChange, double hrMaxChange, double scrAmplitude, double scrLatency) {
    }

    /** Means over a condition's events. */
    public record Summary(String condition, int events, double hrChange, double hrMinChange, double hrMaxChange,
                          double scrAmplitude, int scrs) {
    }

    /** All events and the per-condition means, conditions in order of first appearance. */
    public record Report(List<Response> events, List<Summary> conditions) {
        public Report {
            events = List.copyOf(events);
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * Analyses a recording.
     *
     * @param conditions the condition of each event in order (e.g. Negative, Neutral, Neutral, Negative),
     *     or empty to name them "event 1", "event 2", …
     * @throws InvalidInputException if a channel is missing, the marker channel is flat, the number of
     *     events differs from the number of conditions, or an event's windows leave the recording
     */
    public Report analyze(Signal signal, List<String> conditions) {
        double fs = signal.sampleRate();
        double[] marker = channel(signal, eventChannel);
        double lo = java.util.Arrays.stream(marker).min().orElse(0);
        double hi = java.util.Arrays.stream(marker).max().orElse(0);
        if (!(hi > lo)) {
            throw new InvalidInputException("signal", "channel '" + eventChannel + "'", "is constant; no events to find");
        }
        int[] onsets = Events.crossings(marker, (lo + hi) / 2, edge);
        if (!conditions.isEmpty() && conditions.size() != onsets.length) {
            throw new InvalidInputException("signal", "channel '" + eventChannel + "'", onsets.length + " events found but "
                    + conditions.size() + " conditions given");
        }
        Peaks beats = new EcgPeakDetector(EcgPeakDetector.Config.of(fs)).detect(channel(signal, ecgChannel));
        double[] hr = HeartRate.onGrid(beats, signal.length());
        Signal eda = signal.selectChannels(List.of(edaChannel));
        ScrPeaks scrs = new EdaFeatures(EdaFeatures.Config.of(edaChannel, fs)).scrs(eda);
        int before = (int) Math.round(beforeSeconds * fs);
        int after = (int) Math.round(afterSeconds * fs);
        List<Response> out = new ArrayList<>();
        for (int k = 0; k < onsets.length; k++) {
            int t0 = onsets[k];
            if (t0 - before < 0 || t0 + after > signal.length()) {
                throw new InvalidInputException("signal", "event " + (k + 1) + " at " + t0 / fs + " s", "its window ["
                        + (t0 - before) / fs + ", " + (t0 + after) / fs + ") s leaves the recording");
            }
            double base = mean(hr, t0 - before, t0);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = t0; i < t0 + after; i++) {
                min = Math.min(min, hr[i] - base);
                max = Math.max(max, hr[i] - base);
            }
            double amplitude = 0;
            double latency = Double.NaN;
            int[] scrOnsets = scrs.onsets();
            double[] amps = scrs.amplitudes();
            for (int j = 0; j < scrOnsets.length; j++) {
                double lat = (scrOnsets[j] - t0) / fs;
                if (lat >= scrFromSeconds && lat <= scrToSeconds) {
                    amplitude = amps[j];
                    latency = lat;
                    break;
                }
            }
            String condition = conditions.isEmpty() ? "event " + (k + 1) : conditions.get(k);
            out.add(new Response(k + 1, condition, t0 / fs, base, mean(hr, t0, t0 + after) - base, min, max, amplitude,
                    latency));
        }
        return new Report(out, summarize(out));
    }

    private static List<Summary> summarize(List<Response> events) {
        Map<String, List<Response>> by = new LinkedHashMap<>();
        for (Response r : events) {
            by.computeIfAbsent(r.condition(), c -> new ArrayList<>()).add(r);
        }
        List<Summary> out = new ArrayList<>();
        by.forEach((c, list) -> out.add(new Summary(c, list.size(),
                list.stream().mapToDouble(Response::hrChange).average().orElse(Double.NaN),
                list.stream().mapToDouble(Response::hrMinChange).average().orElse(Double.NaN),
                list.stream().mapToDouble(Response::hrMaxChange).average().orElse(Double.NaN),
                list.stream().mapToDouble(Response::scrAmplitude).average().orElse(Double.NaN),
                (int) list.stream().filter(r -> r.scrAmplitude() > 0).count())));
        return out;
    }

    private static double[] channel(Signal s, String name) {
        int i = s.channelNames().indexOf(name);
        if (i < 0) {
            throw new InvalidInputException("signal", "channel '" + name + "'", "missing; channels are "
                    + s.channelNames());
        }
        return s.channel(i);
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }
}
