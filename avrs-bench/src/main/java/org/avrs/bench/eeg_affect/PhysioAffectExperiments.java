package org.avrs.bench.eeg_affect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.deep.io.Json;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.ForestTrainer;
import org.avrs.learn.KnnTrainer;
import org.avrs.learn.MlpTrainer;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.eeg.EegEvaluation;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.SyntheticDeap;
import org.avrs.signal.io.CsvSignalReader;
import org.avrs.sensing.physio.DeapPhysiology;
import org.avrs.sensing.physio.EventRelated;
import org.avrs.sensing.physio.PhysioEvaluation;
import org.avrs.sensing.physio.PhysioFeatures;

/**
 * Valence and arousal from heart and skin conductance on synthetic DEAP files (8 subjects × 20 trials ×
 * 30 s; arousal planted in heart rate and SCR rate, valence not planted in the physiology): every
 * classifier within subjects and leave-one-subject-out, with a shuffled-label control. Appends JSON lines
 * to args[0]. With args[1] = NeuroKit2's {@code bio_eventrelated_100hz.csv} and args[2] an output file, also
 * writes the event-related responses to its four images ({@link EventRelated}) as JSON, with a summary
 * sentence computed from them.
 */
public final class PhysioAffectExperiments {

    private PhysioAffectExperiments() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 2) {
            events(Path.of(args[1]), Path.of(args[2]));
        }
        Path out = Path.of(args[0]);
        Path dir = SyntheticData.write(SyntheticDeap.Config.small(8, 20, 30).withSeed(31));
        Map<String, ClassifierTrainer> models = new LinkedHashMap<>();
        models.put("svm", new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false)));
        models.put("mlp", new MlpTrainer(new MlpTrainer.Config(List.of(32), 200, 16, 1e-3, 1.0, 1e-4, 10, 42)));
        models.put("knn", new KnnTrainer(KnnTrainer.Config.defaults()));
        models.put("rf", new ForestTrainer(new ForestTrainer.Config(100, 12, 0, 42)));
        PhysioFeatures features = new PhysioFeatures(DeapPhysiology.features());
        for (String target : List.of("arousal", "valence")) {
            Dataset<Signal> trials = new DeapPhysiology(dir, new RatingLabels(target, 5)).all();
            for (Map.Entry<String, ClassifierTrainer> m : models.entrySet()) {
                for (String protocol : List.of("within", "LOSO")) {
                    EegEvaluation.Config c = protocol.equals("LOSO")
                            ? EegEvaluation.Config.defaults().with(EegEvaluation.Scheme.LOSO,
                                    EegEvaluation.Variant.LEAK_FREE).withSubjectPrior(0)
                            : EegEvaluation.Config.defaults();
                    for (boolean shuffled : new boolean[] {false, true}) {
                        Dataset<Signal> d = shuffled ? trials.withShuffledLabels(5) : trials;
                        PhysioEvaluation r = PhysioEvaluation.run(d, features, m.getValue(), c,
                                EegEvaluation.Progress.NONE);
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("target", target);
                        row.put("model", m.getKey());
                        row.put("protocol", protocol);
                        row.put("shuffled", shuffled);
                        row.put("accuracy", r.result().accuracy());
                        row.put("accuracy_sd", r.result().accuracySd());
                        row.put("f1", r.result().f1());
                        row.put("chance", r.result().chance());
                        row.put("trials", r.result().windows());
                        row.put("dropped", r.dropped().size());
                        row.put("seconds", r.result().seconds());
                        String line = Json.write(row);
                        System.err.println(line);
                        Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                }
            }
        }
    }

    /** The event-related analysis of NeuroKit's example, as JSON with a summary of what it shows. */
    private static void events(Path csv, Path out) throws IOException {
        Signal s = CsvSignalReader.read(csv, CsvSignalReader.Config.of(100));
        EventRelated.Report r = EventRelated.neurokitExample().analyze(s,
                List.of("Negative", "Neutral", "Neutral", "Negative"));
        List<Map<String, Object>> events = new ArrayList<>();
        for (EventRelated.Response e : r.events()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", e.index());
            m.put("condition", e.condition());
            m.put("onsetSeconds", e.onsetSeconds());
            m.put("hrBaseline", e.hrBaseline());
            m.put("hrChange", e.hrChange());
            m.put("hrMinChange", e.hrMinChange());
            m.put("hrMaxChange", e.hrMaxChange());
            m.put("scrAmplitude", e.scrAmplitude());
            m.put("scrLatency", Double.isNaN(e.scrLatency()) ? null : e.scrLatency());
            events.add(m);
        }
        List<Map<String, Object>> conditions = new ArrayList<>();
        StringBuilder reading = new StringBuilder("What the data show (2 events per condition, so a description, "
                + "not a test): ");
        for (EventRelated.Summary c : r.conditions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("condition", c.condition());
            m.put("events", c.events());
            m.put("hrChange", c.hrChange());
            m.put("hrMinChange", c.hrMinChange());
            m.put("hrMaxChange", c.hrMaxChange());
            m.put("scrAmplitude", c.scrAmplitude());
            m.put("scrs", c.scrs());
            conditions.add(m);
            reading.append(String.format(Locale.ROOT, "%s images: SCR after %d of %d (mean amplitude %.2f µS), mean "
                    + "heart-rate change %+.1f bpm; ", c.condition(), c.scrs(), c.events(), c.scrAmplitude(),
                    c.hrChange()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", csv.getFileName().toString());
        json.put("events", events);
        json.put("conditions", conditions);
        json.put("reading", reading.toString().replaceAll("; $", "."));
        Files.writeString(out, Json.write(json) + "\n");
        System.err.println(json.get("reading"));
    }
}
