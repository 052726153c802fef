package org.avrs.cli.speech;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.avrs.cli.ProgressBar;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.speech.EmoDb;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.sensing.speech.SpeechEvaluation;
import org.avrs.sensing.speech.SpeechFeatures;
import org.avrs.sensing.speech.SpeechVectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avrs speech train}: measures the pipeline leave-one-speaker-out, then fits it on the whole
 * corpus and saves the model with the measured figures in its notes. This is how the shipped model
 * {@code data/models/speech-emodb-svm.avrs} is made (see the README).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a speech emotion model on a corpus and save it.",
                "Before fitting on all speakers, it measures the same pipeline leave-one-speaker-out and records "
                        + "UAR/WAR in the model file."})
public final class SpeechTrainCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "emodb", description = "Corpus layout: emodb (default).")
    String corpus;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The corpus folder, e.g. ../shared/data/emodb.")
    Path data;

    @Option(names = "--model", defaultValue = "svm", description = "Classifier: svm (default).")
    String model;

    @Option(names = "--cost", defaultValue = "10", description = "SVM cost C (default: ${DEFAULT-VALUE}).")
    double cost;

    @Option(names = "--prior-weight", defaultValue = "5",
            description = "κ of the per-speaker normalisation, in pseudo-recordings (default: ${DEFAULT-VALUE}).")
    double priorWeight;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!corpus.equals("emodb")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--corpus " + corpus + ": only emodb is supported so far");
        }
        if (!model.equals("svm")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--model " + model + ": only svm is supported so far");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        Dataset<Path> files = EmoDb.load(data);
        SpeechFeatures features = SpeechFeatures.defaults();
        Dataset<double[]> vectors = SpeechVectors.extract(files, features, workers,
                new ProgressBar("features", files.size(), true)::update);
        SvmTrainer.Config svm = SvmTrainer.Config.defaults().withCost(cost);
        SpeechEvaluation eval = SpeechEvaluation.run(vectors, new SvmTrainer(svm.withProbability(false)), priorWeight,
                new LeaveOneGroupOut(), workers, new ProgressBar("leave-one-speaker-out", files.groups().size(), true)::update);
        System.err.printf(Locale.ROOT, "leave-one-speaker-out: UAR %.3f, WAR %.3f%n", eval.uar(), eval.war());

        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("loso.uar", Double.toString(eval.uar()));
        notes.put("loso.war", Double.toString(eval.war()));
        notes.put("loso.source", String.format(Locale.ROOT, "%s leave-one-speaker-out (%d recordings, %d speakers), "
                + "%s, per-speaker normalisation kappa=%s", files.name(), files.size(), files.groups().size(),
                eval.trainer(), priorWeight));
        SpeechEmotionModel fitted = SpeechEmotionModel.train(features, vectors, new SvmTrainer(svm), priorWeight, notes);
        fitted.save(out);
        System.err.println("model written to " + out);
        return 0;
    }
}
