package org.avrs.cli.recommend;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.Algorithms;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.eval.EvalResult;
import org.avrs.recommend.eval.Evaluator;
import org.avrs.recommend.eval.Report;
import org.avrs.recommend.eval.Splits;
import org.avrs.recommend.io.MovieLens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code avrs recommend eval}: fits each algorithm on the training part of a protocol (or of a given
 * train/test pair) and prints every metric and the fit time; k-fold results are averaged over folds.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate recommenders offline.")
public final class RecommendEval implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptionsMixin dataMixin;

    @Option(names = "--algorithms", split = ",", defaultValue = "pop,itemknn,ials",
            description = "comma-separated algorithm names (default: ${DEFAULT-VALUE})")
    List<String> algorithms;

    @Option(names = "--protocol", defaultValue = "holdout:0.2",
            description = "holdout:F, loo, kfold:K, coldstart-users:F or coldstart-items:F (default: ${DEFAULT-VALUE})")
    String protocol;

    @Option(names = "--split", description = "a folder with train.csv and test.csv (replaces --protocol)")
    Path split;

    @Option(names = "--k", defaultValue = "10", description = "cutoff (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the protocol (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print JSON: per algorithm every metric and the fit time in seconds")
    boolean json;

    @Option(names = "--report", description = "also write an HTML report with a plot of nDCG@k")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (k < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--k " + k + " must be >= 1");
        }
        DataOptions.Loaded data = dataMixin.options.load();
        List<Recommender> algos = new ArrayList<>();
        for (String name : algorithms) {
            try {
                algos.add(Algorithms.byName(name, data.catalog(), data.profiles()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        List<TrainTest> splits;
        if (split != null) {
            splits = List.of(MovieLens.loadSplit(split));
        } else {
            try {
                splits = Splits.byName(protocol, data.log(), seed);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
            }
        }
        Evaluator evaluator = new Evaluator(new Evaluator.Config(k, data.log().valueRange()[1] >= 4 ? 4 : data.log().valueRange()[1]));
        List<EvalResult> results = new ArrayList<>();
        for (Recommender r : algos) {
            List<EvalResult> folds = new ArrayList<>();
            for (TrainTest t : splits) {
                folds.add(evaluator.evaluate(r, t));
            }
            results.add(average(folds));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Report.json(results, List.of()) : Report.table(results));
        out.flush();
        if (report != null) {
            try {
                Files.writeString(report, Report.html("AVRS recommenders: " + (split != null ? split : protocol), results,
                        "nDCG@" + k));
            } catch (IOException e) {
                throw new InvalidInputException(report.toString(), null, "cannot write the report: " + e.getMessage());
            }
        }
        return 0;
    }

    private static EvalResult average(List<EvalResult> folds) {
        if (folds.size() == 1) {
            return folds.get(0);
        }
        java.util.Map<String, Double> mean = new java.util.LinkedHashMap<>();
        for (String key : folds.get(0).metrics().keySet()) {
            mean.put(key, folds.stream().mapToDouble(f -> f.metric(key)).average().orElse(Double.NaN));
        }
        double fit = folds.stream().mapToDouble(EvalResult::fitSeconds).average().orElse(Double.NaN);
        EvalResult first = folds.get(0);
        return new EvalResult(first.algorithm(), first.config(), fit, mean, java.util.Map.of(), new long[0]);
    }

    /** Wraps {@link DataOptions} for picocli's mixin. */
    static final class DataOptionsMixin {
        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        DataOptions options;
    }
}
