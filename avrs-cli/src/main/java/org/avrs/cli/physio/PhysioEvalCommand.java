package org.avrs.cli.physio;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.avrs.cli.ProgressBar;
import org.avrs.cli.eeg.Classifiers;
import org.avrs.cli.eeg.EegOutput;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.sensing.eeg.EegEvaluation;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.physio.DeapPhysiology;
import org.avrs.sensing.physio.PhysioEvaluation;
import org.avrs.sensing.physio.PhysioFeatures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code avrs physio eval}: valence or arousal from heart and skin conductance, one vector per trial. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a valence/arousal model on physiological features (HR, HRV, EDA, SCR) per trial.",
            "kfold5 = five folds by trial within each subject; loso = leave one subject out, features z-scored per "
                    + "subject (its own unlabelled trials)."})
public final class PhysioEvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "deap", description = "deap (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of DEAP sNN.mat files.")
    Path data;

    @Option(names = "--target", defaultValue = "arousal", description = "valence, arousal, dominance or liking "
            + "(default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--threshold", defaultValue = "5", description = "Ratings above it are 'high' (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--model", defaultValue = "svm", description = "svm, mlp, knn or rf (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--protocol", defaultValue = "loso", description = "kfold5 or loso (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--subject-norm", defaultValue = "0", paramLabel = "KAPPA",
            description = "LOSO: per-subject z-scoring prior weight (default: ${DEFAULT-VALUE}).")
    double subjectNorm;

    @Option(names = "--seed", defaultValue = "42", description = "Folds and classifier seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("deap")) {
            throw usage("--format " + format + ": only deap carries physiology with ratings so far");
        }
        EegEvaluation.Config config;
        RatingLabels labels;
        try {
            EegEvaluation.Scheme scheme = switch (protocol) {
                case "kfold5" -> EegEvaluation.Scheme.WITHIN_SUBJECT;
                case "loso" -> EegEvaluation.Scheme.LOSO;
                default -> throw new IllegalArgumentException("--protocol " + protocol + ": must be kfold5 or loso");
            };
            config = EegEvaluation.Config.defaults().withSeed(seed).with(scheme, EegEvaluation.Variant.LEAK_FREE)
                    .withSubjectPrior(subjectNorm);
            labels = new RatingLabels(target, threshold);
            Classifiers.named(model, seed);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        DeapPhysiology corpus = new DeapPhysiology(data, labels);
        Dataset<Signal> trials = corpus.all();
        ProgressBar[] bar = new ProgressBar[1];
        PhysioEvaluation r = PhysioEvaluation.run(trials, new PhysioFeatures(DeapPhysiology.features()),
                Classifiers.named(model, seed), config, (done, total) -> {
                    if (bar[0] == null) {
                        bar[0] = new ProgressBar("folds", total, true);
                    }
                    bar[0].update(done);
                });
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("format", format);
        extra.put("data", data.toString());
        extra.put("target", labels.labels().name());
        extra.put("features", PhysioFeatures.NAMES);
        extra.put("trials", trials.size());
        extra.put("dropped", r.dropped());
        if (json) {
            EegOutput.printJson(spec.commandLine().getOut(), EegOutput.json(r.result(), extra));
        } else {
            EegOutput.printText(spec.commandLine().getOut(), r.result(), "avrs physio eval: " + model + " on "
                    + labels.target() + " (" + trials.size() + " trials, " + r.dropped().size() + " dropped)");
        }
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
