package org.avrs.cli.eeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.avrs.cli.ProgressBar;
import org.avrs.core.data.Dataset;
import org.avrs.sensing.eeg.BandWindows;
import org.avrs.sensing.eeg.ChannelSelection;
import org.avrs.sensing.eeg.CorpusViews;
import org.avrs.sensing.eeg.EegBands;
import org.avrs.sensing.eeg.EegCorpus;
import org.avrs.sensing.eeg.EegEvaluation;
import org.avrs.sensing.eeg.EegResult;
import org.avrs.sensing.eeg.EegWindow;
import org.avrs.sensing.eeg.FeatureTrainer;
import org.avrs.sensing.eeg.FeatureWindows;
import org.avrs.sensing.eeg.NetworkTrainer;
import org.avrs.sensing.eeg.Segmentation;
import org.avrs.sensing.eeg.WindowFeatures;
import org.avrs.signal.eeg.Band;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avrs eeg eval}: one pipeline on one corpus under one protocol — P3's networks on band-passed
 * windows with optional channel selection, or P10's feature pipeline — with accuracy, macro-F1, per-subject
 * scores, the selected channels and the wall time.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate an EEG emotion pipeline.",
            "Models: shallow / deep (ShallowConvNet / DeepConvNet on band-passed 2 s windows), lstm (LSTM on the same "
                    + "windows), de-svm / de-mlp / de-knn / de-rf (DE, log band power, DASM, RASM and Hjorth per window, "
                    + "then a classifier).",
            "Protocols: kfold5 = five folds within each subject, loso = leave one subject out. The default is "
                    + "leak-free (folds by trial, channel statistics and K from training data only); --leaky runs "
                    + "Ji & Dong's (2022) protocol instead (folds over windows, statistics over all windows, K by test "
                    + "accuracy)."})
public final class EegEvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CorpusOptions corpusOptions;

    @Option(names = "--model", defaultValue = "de-svm",
            description = "shallow, deep, lstm, de-svm, de-mlp, de-knn or de-rf (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--protocol", defaultValue = "kfold5", description = "kfold5 or loso (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--band", description = "delta, theta, alpha, beta, gamma or all (networks: default gamma; "
            + "features: default all five sub-bands, or just this one).")
    String band;

    @Option(names = "--select", paramLabel = "STAT:K",
            description = "Channel selection for the networks, e.g. kurtosis:68, kurtosis:8,16,32, kurtosis:auto.")
    String select;

    @Option(names = "--leaky", description = "Ji & Dong's (2022) protocol instead of the leak-free one.")
    boolean leaky;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default: P3's 150 for valence, 50 "
            + "otherwise).")
    Integer epochs;

    @Option(names = "--kernel", defaultValue = "p3",
            description = "ShallowConvNet kernel/pool: p3 (3, 30/4) or braindecode (25, 75/15) (default: ${DEFAULT-VALUE}).")
    String kernel;

    @CommandLine.Mixin
    FeatureOptions featureOptions;

    @Option(names = "--subject-norm", paramLabel = "KAPPA",
            description = "LOSO with de-* models: z-score features per subject, shrunk toward the training population "
                    + "with weight KAPPA (0 = plain per-subject z-scoring).")
    Double subjectNorm;

    @Option(names = "--shuffle-labels", description = "Control: permute the trial labels within each subject.")
    boolean shuffleLabels;

    @Option(names = "--seed", defaultValue = "42", description = "Folds, weights and shuffles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report.")
    Path report;

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        EegCorpus corpus = corpusOptions.open();
        if (shuffleLabels) {
            corpus = CorpusViews.shuffled(corpus, seed);
        }
        List<String> chosen = corpusOptions.subjects(corpus);
        ProgressBar loading = new ProgressBar("windows", chosen.size(), true);
        CorpusViews.Progress load = (done, total) -> loading.update(done);
        EegResult result;
        EegEvaluation.Progress folds = progress("folds");
        if (plan.network == null) {
            Dataset<double[]> vectors = CorpusViews.features(corpus, chosen, new FeatureWindows(plan.features,
                    Segmentation.defaults()), load);
            result = EegEvaluation.features(vectors, new FeatureTrainer(Classifiers.named(plan.classifier, seed)),
                    plan.evaluation, folds);
        } else {
            Dataset<EegWindow> windows = CorpusViews.windows(corpus, chosen, BandWindows.of(plan.band), load);
            if (windows.size() == 0) {
                throw new org.avrs.core.InvalidInputException(corpusOptions.data.toString(), null,
                        "no windows: the trials are shorter than 2 s or no event could be cut");
            }
            ChannelSelection selection = null;
            if (select != null) {
                try {
                    selection = ChannelSelection.parse(select, windows.get(0).input().channelCount());
                } catch (IllegalArgumentException e) {
                    throw usage("--select " + select + ": " + e.getMessage());
                }
            }
            result = EegEvaluation.windows(windows, new NetworkTrainer(plan.network), selection, plan.evaluation, folds);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("format", corpusOptions.format);
        extra.put("data", corpusOptions.data.toString());
        extra.put("target", corpus.labels().name());
        extra.put("labels", corpus.labels().labels());
        extra.put("subjects", chosen.size());
        extra.put("leaky", leaky);
        extra.put("shuffledLabels", shuffleLabels);
        if (json) {
            EegOutput.printJson(spec.commandLine().getOut(), EegOutput.json(result, extra));
        } else {
            EegOutput.printText(spec.commandLine().getOut(), result, "avrs eeg eval: " + model + " on "
                    + corpusOptions.format + " " + corpusOptions.data.getFileName());
        }
        if (report != null) {
            EegOutput.writeReport(report, result, "EEG evaluation: " + model + " on " + corpusOptions.format, extra);
            System.err.println("report written to " + report);
        }
        return 0;
    }

    /** What to run, from the options; usage errors for bad values. */
    private record Plan(WindowFeatures.Config features, String classifier, NetworkTrainer.Config network, Band band,
                        EegEvaluation.Config evaluation) {
    }

    private Plan plan() {
        EegEvaluation.Scheme scheme = switch (protocol) {
            case "kfold5" -> EegEvaluation.Scheme.WITHIN_SUBJECT;
            case "loso" -> EegEvaluation.Scheme.LOSO;
            default -> throw usage("--protocol " + protocol + ": must be kfold5 or loso");
        };
        EegEvaluation.Config eval = EegEvaluation.Config.defaults().withSeed(seed).with(scheme,
                leaky ? EegEvaluation.Variant.P3 : EegEvaluation.Variant.LEAK_FREE);
        try {
            if (subjectNorm != null) {
                eval = eval.withSubjectPrior(subjectNorm);
            }
            Band b = band == null ? null : EegBands.named(band);
            if (model.startsWith("de-")) {
                if (select != null) {
                    throw usage("--select applies to the networks (shallow, deep, lstm), not to " + model);
                }
                String classifier = model.substring(3);
                Classifiers.named(classifier, seed);
                return new Plan(featureOptions.config(b), classifier, null, null, eval);
            }
            int n = epochs != null ? epochs : corpusOptions.target.toLowerCase(Locale.ROOT).equals("valence") ? 150 : 50;
            NetworkTrainer.Config net = switch (model) {
                case "shallow" -> switch (kernel) {
                    case "p3" -> NetworkTrainer.Config.shallowP3(n, seed);
                    case "braindecode" -> NetworkTrainer.Config.shallowBraindecode(n, seed);
                    default -> throw usage("--kernel " + kernel + ": must be p3 or braindecode");
                };
                case "deep" -> NetworkTrainer.Config.deep(n, seed);
                case "lstm" -> NetworkTrainer.Config.lstm(n, seed);
                default -> throw usage("--model " + model + ": must be shallow, deep, lstm, de-svm, de-mlp, de-knn or de-rf");
            };
            return new Plan(null, null, net, b == null ? EegBands.named("gamma") : b, eval);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private EegEvaluation.Progress progress(String label) {
        List<ProgressBar> bar = new ArrayList<>();
        return (done, total) -> {
            if (bar.isEmpty()) {
                bar.add(new ProgressBar(label, total, true));
            }
            bar.get(0).update(done);
        };
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
