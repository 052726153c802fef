package org.avrs.cli.recommend;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Vad;
import org.avrs.recommend.Algorithms;
import org.avrs.recommend.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.engine.AffectiveRecommender;
import org.avrs.recommend.engine.Recommendation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code avrs recommend top}: a viewer's top-k videos, re-ranked by their affect, with reasons. */
@Command(name = "top", mixinStandardHelpOptions = true, description = "A viewer's top videos for their affect.")
public final class RecommendTop implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RecommendEval.DataOptionsMixin dataMixin;

    @Option(names = "--user", required = true, description = "the viewer's id in the data set")
    long user;

    @Option(names = "--affect", description = "an emotion: anger, disgust, fear, happiness, sadness, surprise, neutral "
            + "(or angry, sad, happy, afraid, ...)")
    String affect;

    @Option(names = "--vad", split = ",", description = "valence,arousal,dominance in [-1, 1]")
    double[] vad;

    @Option(names = "--strategy", defaultValue = "congruent", description = "congruent or regulate (default: ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--algorithm", defaultValue = "itemknn", description = "the collaborative model (default: ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--k", defaultValue = "10", description = "how many (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--explain", description = "print each recommendation's reason")
    boolean explain;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (k < 1) {
            throw new CommandLine.ParameterException(cl, "--k " + k + " must be >= 1");
        }
        if (affect != null && vad != null) {
            throw new CommandLine.ParameterException(cl, "give --affect or --vad, not both");
        }
        MoodStrategy s;
        Affect a;
        try {
            s = MoodStrategy.parse(strategy);
            a = affect != null ? Affect.ofLabel(EmotionSet.EKMAN_NEUTRAL, label(affect))
                    : vad != null ? Affect.ofVad(vadOf(vad), 1) : null;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        DataOptions.Loaded data = dataMixin.options.load();
        if (!data.log().viewers().contains(user)) {
            throw new InvalidInputException(dataMixin.options.data.toString(), "--user " + user,
                    "unknown viewer id (the data set has " + data.log().viewers().size() + " viewers)");
        }
        AffectiveRecommender engine;
        try {
            engine = new AffectiveRecommender(data.catalog(), data.profiles(), data.log(),
                    Algorithms.byName(algorithm, data.catalog(), data.profiles()).fit(data.log()),
                    AffectiveRecommender.Config.defaults());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        Context context = a == null ? Context.none() : Context.of(a, s);
        List<Recommendation> recs = engine.recommend(user, context, k);
        PrintWriter out = cl.getOut();
        if (json) {
            out.println("[");
            for (int i = 0; i < recs.size(); i++) {
                Recommendation r = recs.get(i);
                out.printf(Locale.ROOT, "  {\"videoId\": %d, \"title\": %s, \"score\": %.6f, \"explanation\": %s}%s%n",
                        r.videoId(), quote(r.title()), r.score(), quote(r.explanation()), i + 1 < recs.size() ? "," : "");
            }
            out.println("]");
        } else {
            for (int i = 0; i < recs.size(); i++) {
                Recommendation r = recs.get(i);
                out.printf(Locale.ROOT, "%2d. %s (%d)%s%n", i + 1, r.title(), r.videoId(),
                        explain ? " — " + r.explanation() : "");
            }
        }
        out.flush();
        return 0;
    }

    private static Vad vadOf(double[] v) {
        if (v.length != 3) {
            throw new IllegalArgumentException("--vad needs three numbers valence,arousal,dominance, got " + v.length);
        }
        return new Vad(v[0], v[1], v[2]);
    }

    /** An EKMAN_NEUTRAL label from a label or its adjective. */
    static String label(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "angry" -> "anger";
            case "disgusted" -> "disgust";
            case "afraid", "scared", "fearful" -> "fear";
            case "happy" -> "happiness";
            case "sad" -> "sadness";
            case "surprised" -> "surprise";
            default -> w;
        };
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
