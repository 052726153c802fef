package org.avrs.cli.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.avrs.cli.ProgressBar;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.GroupNormalization;
import org.avrs.learn.SelectingTrainer;
import org.avrs.sensing.speech.CrnnEvaluation;
import org.avrs.sensing.speech.CrnnTrainer;
import org.avrs.sensing.speech.SegmentFeatures;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.sensing.speech.SpeechEvaluation;
import org.avrs.sensing.speech.UtteranceFeatures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code avrs speech train}: fits a pipeline on a whole corpus and saves it. For the classical models it
 * first measures the same pipeline leave-one-speaker-out (with the SVM's model selection nested inside
 * each fold) and records UAR/WAR in the model file; the final SVM's C, γ and feature view are then
 * chosen by leave-one-speaker-out over all speakers. This is how the shipped model
 * {@code data/models/speech-emodb-svm.avrs} is made (see the README).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a speech emotion model on a corpus and save it.",
                "svm/rf: before fitting on all speakers, the same pipeline is measured leave-one-speaker-out and "
                        + "UAR/WAR are recorded in the model file (--skip-eval skips this). crnn: trains on all "
                        + "speakers but one, which stops training early; measure it with 'avrs speech eval'."})
public final class SpeechTrainCommand implements Callable<Integer> {

    @Mixin
    SpeechOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--skip-eval", description = "svm/rf: do not measure leave-one-speaker-out first.")
    boolean skipEval;

    @Option(names = "--loso-from", paramLabel = "FILE",
            description = "svm/rf: take the leave-one-speaker-out figures recorded in the model from this "
                    + "'avrs speech eval --json' output of the same corpus, model and features instead of measuring "
                    + "them again.")
    Path losoFrom;

    @Option(names = "--validation-speaker", paramLabel = "ID",
            description = "crnn: the speaker held out for early stopping (default: the last one).")
    String validationSpeaker;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (rf, crnn; default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        options.validate(cl);
        if (options.model.equals("mlp")) {
            throw new CommandLine.ParameterException(cl, "--model mlp: perceptron models cannot be saved yet; "
                    + "train svm, rf or crnn (evaluate mlp with 'avrs speech eval')");
        }
        Dataset<Path> files = options.loadCorpus();
        if (options.isCrnn()) {
            return trainCrnn(cl, files);
        }
        UtteranceFeatures f = options.utteranceFeatures(cl);
        Dataset<double[]> vectors = options.vectors(files, f);
        Map<String, String> notes = new LinkedHashMap<>();
        if (losoFrom != null) {
            notes.putAll(notesFrom(losoFrom, files, f));
        } else if (!skipEval) {
            ProgressBar bar = new ProgressBar("leave-one-speaker-out", files.groups().size(), !options.quiet);
            List<String> choices = java.util.Collections.synchronizedList(new ArrayList<>());
            SpeechEvaluation eval = SpeechEvaluation.run(vectors, options.classicalTrainer(f, seed, false,
                    s -> choices.add(s.chosen().name())), options.priorWeight, new LeaveOneGroupOut(), options.workers(),
                    bar::update);
            options.logf("leave-one-speaker-out: UAR %.3f, WAR %.3f", eval.uar(), eval.war());
            notes.put("loso.uar", Double.toString(eval.uar()));
            notes.put("loso.war", Double.toString(eval.war()));
            notes.put("loso.folds", eval.folds().stream().map(s -> String.format(Locale.ROOT, "%.4f", s.uar()))
                    .collect(Collectors.joining(",")));
            notes.put("loso.source", String.format(Locale.ROOT, "%s leave-one-speaker-out (%d recordings, %d speakers), "
                    + "%s, %s, per-speaker normalisation kappa=%s%s", files.name(), files.size(), files.groups().size(),
                    f, eval.trainer(), options.priorWeight, choices.isEmpty() ? "" : "; per-fold choices " + choices));
        }
        notes.put("train.command", "avrs speech train " + String.join(" ", cl.getParseResult().originalArgs()));
        ClassifierTrainer trainer = finalTrainer(f, vectors);
        SpeechEmotionModel fitted = SpeechEmotionModel.train(f, vectors, trainer, options.priorWeight, notes);
        fitted.save(out);
        options.log("model written to " + out + " (" + fitted.classifier().provenance().trainer() + ")");
        return 0;
    }

    /**
     * The LOSO notes from an earlier evaluation, after checking it evaluated this corpus, model and
     * features.
     *
     * @throws InvalidInputException if the file is not such an evaluation
     */
    private Map<String, String> notesFrom(Path file, Dataset<Path> files, UtteranceFeatures f) {
        JsonNode e;
        try {
            e = new ObjectMapper().readTree(file.toFile());
        } catch (java.io.IOException ex) {
            throw new InvalidInputException(file.toString(), null, "not JSON: " + ex.getMessage(), ex);
        }
        String expected = String.format(Locale.ROOT, "corpus %s, %d recordings, model %s, features %s, protocol %s, "
                + "kappa %s", options.corpus, files.size(), options.model, f, new LeaveOneGroupOut().name(),
                options.priorWeight);
        String found = String.format(Locale.ROOT, "corpus %s, %d recordings, model %s, features %s, protocol %s, "
                + "kappa %s", e.path("corpus").asText(), e.path("recordings").asInt(), e.path("model").asText(),
                e.path("features").asText(), e.path("protocol").asText(), e.path("priorWeight").asDouble(Double.NaN));
        if (!expected.equals(found) || e.path("shuffledLabels").asBoolean(false)) {
            throw new InvalidInputException(file.toString(), null, "evaluated " + found
                    + (e.path("shuffledLabels").asBoolean(false) ? " with shuffled labels" : "") + "; this model is "
                    + expected);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("loso.uar", Double.toString(e.path("uar").asDouble()));
        notes.put("loso.war", Double.toString(e.path("war").asDouble()));
        List<String> folds = new ArrayList<>();
        e.path("folds").forEach(x -> folds.add(String.format(Locale.ROOT, "%.4f", x.path("uar").asDouble())));
        notes.put("loso.folds", String.join(",", folds));
        notes.put("loso.source", String.format(Locale.ROOT, "%s leave-one-speaker-out (%d recordings, %d speakers), "
                + "%s, %s, per-speaker normalisation kappa=%s (measured by 'avrs speech eval', %s)", files.name(),
                files.size(), files.groups().size(), f, e.path("trainer").asText(), options.priorWeight,
                file.getFileName()));
        return notes;
    }

    /**
     * The SVM's configuration is chosen by leave-one-speaker-out over all speakers without probability
     * estimates (fast), then refitted with them; rf as is.
     */
    private ClassifierTrainer finalTrainer(UtteranceFeatures f, Dataset<double[]> vectors) {
        if (!options.model.equals("svm")) {
            return options.classicalTrainer(f, seed, true, s -> { });
        }
        SelectingTrainer fast = (SelectingTrainer) options.classicalTrainer(f, seed, false, s -> { });
        SelectingTrainer.Selection s = fast.select(GroupNormalization.fit(vectors, options.priorWeight).normalize(vectors));
        options.logf("final model: %s (leave-one-speaker-out UAR over all speakers %.3f)", s.chosen().name(),
                s.innerUar()[s.best()]);
        SelectingTrainer withProbabilities = (SelectingTrainer) options.classicalTrainer(f, seed, true, x -> { });
        return withProbabilities.candidates().get(s.best()).trainer();
    }

    private int trainCrnn(CommandLine cl, Dataset<Path> files) throws Exception {
        SegmentFeatures f = options.segmentFeatures(cl);
        List<Group> groups = files.groups();
        Group validation = validationSpeaker == null ? groups.get(groups.size() - 1) : Group.speaker(validationSpeaker);
        if (!groups.contains(validation)) {
            throw new CommandLine.ParameterException(cl, "--validation-speaker " + validationSpeaker
                    + ": not a speaker of the corpus " + groups);
        }
        CrnnEvaluation.Prepared prepared = options.segments(files, f);
        CrnnTrainer trainer = options.crnnTrainer(cl);
        try (var model = CrnnEvaluation.fitAllBut(prepared, validation, options.augmentation(), trainer, seed,
                options.workers(), r -> options.logf("epoch %d, train loss %.4f, validation UAR %.3f%s (%.1f s)",
                        r.epoch(), r.trainLoss(), r.validationBalancedAccuracy(), r.improved() ? " *" : "",
                        r.millis() / 1000.0))) {
            model.save(out);
        }
        options.log("model written to " + out + "; measure the pipeline with 'avrs speech eval --model crnn'");
        return 0;
    }
}
