package org.avrs.cli.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.avrs.cli.ProgressBar;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.Protocol;
import org.avrs.sensing.speech.CrnnEvaluation;
import org.avrs.sensing.speech.SeedResults;
import org.avrs.sensing.speech.SegmentFeatures;
import org.avrs.sensing.speech.SpeechEvaluation;
import org.avrs.sensing.speech.UtteranceFeatures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code avrs speech eval}: a speaker-independent evaluation of one pipeline on one corpus — UAR, WAR,
 * per-class recall, confusion matrix and per-fold UAR, over one or more seeds.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a speech emotion pipeline speaker-independently.",
                "Protocols: loso (leave one speaker out) or p7 (8 speakers train, 1 validates for early stopping, "
                        + "1 tests, rotating). Everything fitted — scaling, per-speaker normalisation statistics, "
                        + "model selection — uses the training speakers only."})
public final class SpeechEvalCommand implements Callable<Integer> {

    @Mixin
    SpeechOptions options;

    @Option(names = "--protocol", defaultValue = "loso", paramLabel = "loso|p7",
            description = "Evaluation protocol (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--seeds", defaultValue = "1", paramLabel = "N",
            description = "Repeat with seeds 1…N and report mean ± sd (for rf, mlp, crnn; default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--shuffled-labels", description = "Control: permute the labels first (seeded); UAR must be at chance.")
    boolean shuffled;

    @Option(names = "--fold-dir", paramLabel = "DIR",
            description = "crnn: keep each finished fold here as JSON and reuse it when run again (resume).")
    Path foldDir;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "The --json output of another evaluation on the same folds: adds a two-sided paired t-test "
                    + "of the per-fold UARs (this − that).")
    Path compare;

    @Option(names = "--json", description = "Print one JSON object on stdout instead of text.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report.")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        options.validate(cl);
        if (seeds < 1) {
            throw new CommandLine.ParameterException(cl, "--seeds " + seeds + " must be >= 1");
        }
        Protocol p = SpeechOptions.protocol(cl, protocol);
        long start = System.nanoTime();
        Dataset<Path> files = options.loadCorpus();
        if (shuffled) {
            files = files.withShuffledLabels(7);
        }
        options.logf("%s: %d recordings of %d speakers; model %s; protocol %s", files.name(), files.size(),
                files.groups().size(), options.model, p.name());
        String featureName;
        List<Long> seedList = new ArrayList<>();
        List<SpeechEvaluation> runs = new ArrayList<>();
        if (options.isCrnn()) {
            SegmentFeatures f = options.segmentFeatures(cl);
            featureName = f.toString();
            CrnnEvaluation.Prepared prepared = options.segments(files, f);
            for (long seed = 1; seed <= seeds; seed++) {
                long s = seed;
                ProgressBar augmentBar = new ProgressBar("seed " + seed + " augmented copies", files.size(),
                        !options.quiet && options.augment > 0);
                runs.add(CrnnEvaluation.run(prepared, options.augmentation(), options.crnnTrainer(cl), p, seed,
                        options.workers(), foldDir, new CrnnEvaluation.Listener() {
                            @Override
                            public void foldDone(String fold, int done, int total, boolean reused) {
                                options.logf("seed %d, fold %d/%d (%s)%s", s, done, total, fold,
                                        reused ? ": reused from " + foldDir : " done");
                            }

                            @Override
                            public void augmenting(int done, int total) {
                                augmentBar.update(done);
                            }

                            @Override
                            public void epoch(String fold, org.avrs.deep.train.EpochReport r) {
                                options.logf("seed %d, %s: epoch %d, train loss %.4f, validation UAR %.3f%s (%.1f s)",
                                        s, fold, r.epoch(), r.trainLoss(), r.validationBalancedAccuracy(),
                                        r.improved() ? " *" : "", r.millis() / 1000.0);
                            }
                        }));
                seedList.add(seed);
            }
        } else {
            UtteranceFeatures f = options.utteranceFeatures(cl);
            featureName = f.toString();
            Dataset<double[]> vectors = options.vectors(files, f);
            int seedCount = options.model.equals("svm") ? 1 : seeds;
            if (seedCount < seeds) {
                options.log("svm is deterministic: one run instead of " + seeds + " seeds");
            }
            for (long seed = 1; seed <= seedCount; seed++) {
                ProgressBar folds = new ProgressBar("seed " + seed + " folds", p.splits(vectors).size(), !options.quiet);
                // DJL's generator is global: the perceptron trains one fold at a time
                int threads = options.model.equals("mlp") ? 1 : options.workers();
                runs.add(SpeechEvaluation.run(vectors, options.classicalTrainer(f, seed, false, s -> options.logf(
                        "  selected %s (inner UAR %.3f)", s.chosen().name(), s.innerUar()[s.best()])),
                        options.priorWeight, p, threads, folds::update));
                seedList.add(seed);
            }
        }
        SeedResults results = new SeedResults(seedList, runs);
        EvalOutput out = new EvalOutput(options.corpus, options.model, featureName, files, results, shuffled,
                (System.nanoTime() - start) / 1e9);
        if (!options.isCrnn()) {
            out = out.withPriorWeight(options.priorWeight);
        }
        if (compare != null) {
            out = out.comparedWith(compare, EvalOutput.readFolds(compare));
        }
        System.out.print(json ? out.json() : out.text());
        if (report != null) {
            out.html().write(report);
            options.log("report written to " + report);
        }
        return 0;
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
