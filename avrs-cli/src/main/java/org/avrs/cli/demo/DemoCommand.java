package org.avrs.cli.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.avrs.cli.Locations;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.AffectFusion;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.engine.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avrs demo}: the whole AVRS path on real data — speech emotion recognition, a viewer session
 * fused into the viewer's affect, a MovieLens catalog with affective profiles, and explained
 * recommendations re-ranked by that affect.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole AVRS path on real data, in a few minutes on 2 cores:",
                "1. speech emotion recognition on EmoDB (MFCC functionals → per-speaker normalisation → RBF-SVM),"
                        + " leave-one-speaker-out: UAR, WAR, confusion matrix;",
                "2. a viewer session: recordings the model did not train on → affect estimates → fused affect;",
                "3. the MovieLens ml-latest-small catalog with affective profiles from genres and tags;",
                "4. top-k films for the viewer: item-kNN collaborative baseline re-ranked by the affect, explained.",
                "Without EmoDB (../shared/data/emodb) the shipped model and bundled clips are used instead."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Shared data folder holding emodb/ (default: $AVRS_DATA or ../shared/data). "
                    + "Given explicitly, it must exist.")
    Path data;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Speech model used when EmoDB is absent (default: data/models/speech-emodb-svm.avrs).")
    Path model;

    @Option(names = "--viewer-speaker", defaultValue = "03", paramLabel = "ID",
            description = "EmoDB speaker who plays the viewer (default: ${DEFAULT-VALUE}).")
    String viewerSpeaker;

    @Option(names = "--user", defaultValue = "414", paramLabel = "ID",
            description = "MovieLens user whose rating history the viewer takes (default: ${DEFAULT-VALUE}).")
    long user;

    @Option(names = "--strategy", defaultValue = "regulate", paramLabel = "congruent|regulate",
            description = "Mood strategy: congruent (match the affect) or regulate (lift a negative one). "
                    + "Default: ${DEFAULT-VALUE}.")
    String strategy;

    @Option(names = "-k", defaultValue = "10", description = "How many films (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object on stdout instead of text.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report, e.g. out/demo.html.")
    Path report;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (k < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "-k " + k + " must be >= 1");
        }
        MoodStrategy mood = parseStrategy();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        PrintStream log = quiet ? new PrintStream(java.io.OutputStream.nullOutputStream()) : System.err;
        long start = System.nanoTime();

        SpeechStep.Result speech = speech(workers, log);
        Affect affect = fuse(speech.session());
        RecommendStep.Result recs = RecommendStep.run(Locations.sample("movielens"), user, affect, mood, k, log);
        double seconds = (System.nanoTime() - start) / 1e9;

        DemoOutput out = new DemoOutput(speech, affect, recs, mood, seconds);
        if (json) {
            System.out.println(out.json());
        } else {
            System.out.print(out.text());
        }
        if (report != null) {
            out.html().write(report);
            log.println("report written to " + report);
        }
        return 0;
    }

    private SpeechStep.Result speech(int workers, PrintStream log) {
        Path root = data != null ? data : Locations.sharedData();
        Path emodb = root.resolve("emodb");
        if (data != null && !Files.isDirectory(data)) {
            throw new InvalidInputException(data.toString(), null, "data folder does not exist");
        }
        if (Files.isDirectory(emodb)) {
            return SpeechStep.withEmoDb(emodb, viewerSpeaker, workers, !quiet, log);
        }
        if (data != null) {
            throw new InvalidInputException(data.toString(), null, "no emodb/ folder inside the data folder");
        }
        Path modelFile = model != null ? model : Locations.model("speech-emodb-svm.avrs");
        log.println("speech: EmoDB not found at " + emodb + " — using the shipped model " + modelFile
                + " and the bundled viewer clips instead");
        return SpeechStep.withShippedModel(modelFile, Locations.sample("speech"), log);
    }

    /** The session's estimates fused at the end of the session, half-life 60 s. */
    static Affect fuse(List<SpeechStep.Clip> clips) {
        List<AffectEstimate> estimates = clips.stream().map(SpeechStep.Clip::estimate).toList();
        double now = estimates.stream().mapToDouble(e -> e.span().end()).max().orElse(0);
        return AffectFusion.of(EmotionSet.EMODB, 60).fuse(estimates, now);
    }

    private MoodStrategy parseStrategy() {
        try {
            return MoodStrategy.parse(strategy);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    String.format(Locale.ROOT, "--strategy %s: %s", strategy, e.getMessage()));
        }
    }

    /** Exposed for tests: the recommendations' shape. */
    static List<Recommendation> recommendations(RecommendStep.Result r) {
        return r.recommendations();
    }
}
