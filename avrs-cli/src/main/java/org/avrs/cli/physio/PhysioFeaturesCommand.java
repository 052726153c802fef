package org.avrs.cli.physio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.sensing.physio.EventRelated;
import org.avrs.sensing.physio.PhysioFeatures;
import org.avrs.signal.io.Recording;
import org.avrs.signal.io.SignalReaders;
import org.avrs.signal.physio.Events;
import org.avrs.signal.physio.HrvFeatures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code avrs physio features FILE}: the heart and skin-conductance features of a whole recording and,
 * with {@code --events}, the event-related responses to each marked event.
 */
@Command(name = "features", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Heart-rate, HRV and skin-conductance features of a recording (CSV, EDF, BDF).",
            "With --events CHANNEL: heart-rate change and skin-conductance response after each event the marker "
                    + "channel shows (e.g. NeuroKit's bio_eventrelated_100hz.csv with --events Photosensor)."})
public final class PhysioFeaturesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording.")
    Path file;

    @Option(names = "--rate", defaultValue = "100", description = "Sample rate of a CSV file, Hz (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--heart", paramLabel = "CHANNEL", description = "ECG or PPG channel (default: ECG, else PPG).")
    String heart;

    @Option(names = "--eda", defaultValue = "EDA", paramLabel = "CHANNEL",
            description = "Skin-conductance channel, µS (default: ${DEFAULT-VALUE}).")
    String eda;

    @Option(names = "--events", paramLabel = "CHANNEL", description = "Marker channel for event-related responses.")
    String events;

    @Option(names = "--edge", defaultValue = "falling", description = "Marker crossing of an event: falling or rising "
            + "(default: ${DEFAULT-VALUE}).")
    String edge;

    @Option(names = "--conditions", paramLabel = "A,B,...", description = "The condition of each event, in order.")
    String conditions;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Recording rec = SignalReaders.read(file, rate);
        List<String> names = rec.channelNames();
        String heartChannel = heart != null ? heart : names.contains("ECG") ? "ECG" : names.contains("PPG") ? "PPG" : null;
        if (heartChannel == null) {
            throw new InvalidInputException(file.toString(), null, "no ECG or PPG channel; channels are " + names
                    + " (name one with --heart)");
        }
        Signal signal = signalOf(rec, heartChannel, eda, events);
        HrvFeatures.Source source = heartChannel.toUpperCase(Locale.ROOT).contains("PPG")
                || heartChannel.equalsIgnoreCase("Plet") ? HrvFeatures.Source.PPG : HrvFeatures.Source.ECG;
        PhysioFeatures features = new PhysioFeatures(new PhysioFeatures.Config(heartChannel, source, eda,
                signal.sampleRate(), 10));
        PhysioFeatures.Result r = features.extract(signal);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("seconds", signal.durationSeconds());
        out.put("heart", heartChannel + " (" + source + ")");
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < PhysioFeatures.NAMES.size(); i++) {
            double v = r.values()[i];
            values.put(PhysioFeatures.NAMES.get(i), Double.isFinite(v) ? v : null);
        }
        out.put("features", values);
        out.put("warnings", r.warnings());
        EventRelated.Report report = null;
        if (events != null) {
            Events.Edge e = switch (edge) {
                case "falling" -> Events.Edge.FALLING;
                case "rising" -> Events.Edge.RISING;
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "--edge " + edge
                        + ": must be falling or rising");
            };
            EventRelated analysis = new EventRelated(heartChannel, eda, events, e, 1, 6, 1, 4);
            List<String> conds = conditions == null ? List.of()
                    : Arrays.stream(conditions.split(",")).map(String::strip).toList();
            report = analysis.analyze(signal, conds);
            out.put("events", report.events());
            out.put("conditions", report.conditions());
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            print(w, out, values, r.warnings(), report);
        }
        w.flush();
        return 0;
    }

    /** The channels needed, all at one rate, as one signal. */
    private Signal signalOf(Recording rec, String heartChannel, String edaChannel, String marker) {
        List<String> wanted = new ArrayList<>(List.of(heartChannel, edaChannel));
        if (marker != null) {
            wanted.add(marker);
        }
        Signal first = null;
        for (String c : wanted) {
            Signal s;
            try {
                s = rec.signalWith(c);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file.toString(), "channel '" + c + "'", "missing; channels are "
                        + rec.channelNames());
            }
            if (first != null && s.sampleRate() != first.sampleRate()) {
                throw new InvalidInputException(file.toString(), "channel '" + c + "'", "is at " + s.sampleRate()
                        + " Hz, channel '" + heartChannel + "' at " + first.sampleRate() + " Hz; they must share a rate");
            }
            first = first == null ? s : first;
        }
        double[][] x = new double[wanted.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = rec.signalWith(wanted.get(i)).channel(wanted.get(i));
        }
        return Signal.builder().sampleRate(first.sampleRate()).channels(x).names(wanted).build();
    }

    private static void print(PrintWriter w, Map<String, Object> out, Map<String, Object> values, List<String> warnings,
                              EventRelated.Report report) {
        w.printf(Locale.ROOT, "%s: %.1f s, heart from %s%n", out.get("file"), (double) out.get("seconds"), out.get("heart"));
        values.forEach((k, v) -> w.printf(Locale.ROOT, "  %-20s %s%n", k, v == null ? "NaN" : String.format(Locale.ROOT,
                "%.4f", (double) v)));
        warnings.forEach(x -> w.println("  warning: " + x));
        if (report != null) {
            w.println("events (heart rate: mean change over 6 s from a 1 s baseline; SCR: first onset 1–4 s after):");
            for (EventRelated.Response e : report.events()) {
                w.printf(Locale.ROOT, "  %d %-10s %7.2f s  HR %5.1f bpm  change %+6.2f (min %+6.2f, max %+6.2f)  "
                        + "SCR %.3f µS%s%n", e.index(), e.condition(), e.onsetSeconds(), e.hrBaseline(), e.hrChange(),
                        e.hrMinChange(), e.hrMaxChange(), e.scrAmplitude(), Double.isNaN(e.scrLatency()) ? ""
                        : String.format(Locale.ROOT, " at %.2f s", e.scrLatency()));
            }
            for (EventRelated.Summary c : report.conditions()) {
                w.printf(Locale.ROOT, "  %-10s n=%d  HR change %+6.2f  (min %+6.2f, max %+6.2f)  SCR mean %.3f µS "
                        + "(%d of %d with an SCR)%n", c.condition(), c.events(), c.hrChange(), c.hrMinChange(),
                        c.hrMaxChange(), c.scrAmplitude(), c.scrs(), c.events());
            }
        }
    }
}
