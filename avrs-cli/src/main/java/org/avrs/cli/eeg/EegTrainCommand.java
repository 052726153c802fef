package org.avrs.cli.eeg;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.avrs.cli.ProgressBar;
import org.avrs.sensing.eeg.EegCorpus;
import org.avrs.sensing.eeg.EegFeatureModel;
import org.avrs.sensing.eeg.EegModelFile;
import org.avrs.sensing.eeg.FeatureWindows;
import org.avrs.sensing.eeg.Segmentation;
import org.avrs.sensing.eeg.WindowFeatures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avrs eeg train}: fits a classical feature model (window features, then a classifier) on every
 * window of a corpus and saves it as a model file that {@code avrs serve --eeg-model} recognises live
 * EEG with. It measures nothing: {@code avrs eeg eval} with the same options estimates its accuracy.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an EEG feature model on a whole corpus and save it (for avrs serve --eeg-model).",
            "Models: de-svm, de-mlp, de-knn, de-rf (DE, log band power, DASM, RASM and Hjorth per window, then a "
                    + "classifier). Estimate its accuracy first with avrs eeg eval and the same options."})
public final class EegTrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CorpusOptions corpusOptions;

    @Option(names = "--model", defaultValue = "de-svm",
            description = "de-svm, de-mlp, de-knn or de-rf (default: ${DEFAULT-VALUE}).")
    String model;

    @CommandLine.Mixin
    FeatureOptions featureOptions;

    @Option(names = "--window", defaultValue = "2", paramLabel = "SECONDS",
            description = "Window length (default: ${DEFAULT-VALUE}).")
    double window;

    @Option(names = "--step", defaultValue = "2", paramLabel = "SECONDS",
            description = "Distance between training windows, and between live estimates (default: ${DEFAULT-VALUE}).")
    double step;

    @Option(names = "--seed", defaultValue = "42", description = "Classifier seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write, e.g. eeg.avrs.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!model.startsWith("de-") || !Classifiers.NAMES.contains(model.substring(3))) {
            throw corpusOptions.usage("--model " + model + ": must be de-svm, de-mlp, de-knn or de-rf");
        }
        FeatureWindows windows;
        try {
            WindowFeatures.Config features = featureOptions.config(null);
            windows = new FeatureWindows(features, new Segmentation(window, step));
        } catch (IllegalArgumentException e) {
            throw corpusOptions.usage(e.getMessage());
        }
        EegCorpus corpus = corpusOptions.open();
        List<String> subjects = corpusOptions.subjects(corpus);
        ProgressBar bar = new ProgressBar("subjects", subjects.size(), true);
        String source = "eeg/" + model + "@" + corpus.name();
        EegFeatureModel fitted;
        try {
            fitted = EegFeatureModel.fit(corpus, subjects, windows, Classifiers.named(model.substring(3), seed), source,
                    (done, total) -> bar.update(done));
        } catch (IllegalArgumentException e) {
            throw new org.avrs.core.InvalidInputException(corpusOptions.data.toString(), null,
                    "cannot train on it: " + e.getMessage(), e);
        }
        try {
            new EegModelFile(fitted, windows.segmentation()).save(out);
        } catch (IllegalArgumentException e) { // too large: a kNN model holds every training window
            throw corpusOptions.usage("cannot save the " + model + " model: " + e.getMessage()
                    + "; use a larger --step, fewer --subjects or fewer --features");
        }
        WindowFeatures f = fitted.features();
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s on %d subjects of %s, %d channels at %s Hz, "
                + "%d features per %s s window, labels %s%n", out, model, subjects.size(), corpus.name(),
                f.channels().size(), f.sampleRate(), f.names().size(), window, fitted.classifier().labels().labels());
        return 0;
    }
}
