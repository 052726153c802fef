package org.avrs.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.cli.report.Charts;
import org.avrs.cli.report.HtmlReport;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.engine.Recommendation;

/** The demo's results as text, as one JSON object, and as an HTML report. */
final class DemoOutput {

    private final SpeechStep.Result speech;
    private final Affect affect;
    private final RecommendStep.Result recs;
    private final MoodStrategy strategy;
    private final double seconds;

    DemoOutput(SpeechStep.Result speech, Affect affect, RecommendStep.Result recs, MoodStrategy strategy,
               double seconds) {
        this.speech = speech;
        this.affect = affect;
        this.recs = recs;
        this.strategy = strategy;
        this.seconds = seconds;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        s.append("== Speech emotion recognition (").append(speech.source()).append(")\n");
        s.append(String.format(Locale.ROOT, "UAR %.3f   WAR %.3f   (chance UAR 1/7 = 0.143)%n", speech.uar(), speech.war()));
        if (speech.confusion() != null) {
            s.append("confusion matrix (rows: true, columns: predicted)\n").append(speech.confusion().render()).append('\n');
        }
        s.append("\n== Viewer session\n");
        for (SpeechStep.Clip c : speech.session()) {
            s.append(String.format(Locale.ROOT, "%-22s %s%s%n", c.name(), describe(c.estimate().affect()),
                    c.trueLabel().isEmpty() ? "" : "   (actor's intended emotion: " + c.trueLabel() + ")"));
        }
        s.append("fused affect: ").append(describe(affect)).append("\n");
        s.append(String.format(Locale.ROOT, "%n== Top %d for MovieLens user %d (%s, strategy %s; %d films, %d ratings)%n",
                recs.recommendations().size(), recs.user(), recs.algorithm(), strategy.name().toLowerCase(Locale.ROOT),
                recs.catalogSize(), recs.ratings()));
        int rank = 1;
        for (Recommendation r : recs.recommendations()) {
            s.append(String.format(Locale.ROOT, "%2d. %-50s %.3f%n    %s%n", rank++, r.title(), r.score(), r.explanation()));
        }
        s.append(String.format(Locale.ROOT, "%n(%.1f s)%n", seconds));
        return s.toString();
    }

    String json() throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> sp = new LinkedHashMap<>();
        sp.put("uar", speech.uar());
        sp.put("war", speech.war());
        sp.put("source", speech.source());
        if (speech.confusion() != null) {
            sp.put("labels", speech.confusion().labels());
            sp.put("confusion", speech.confusion().counts());
        }
        List<Object> session = new ArrayList<>();
        for (SpeechStep.Clip c : speech.session()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("recording", c.name());
            if (!c.trueLabel().isEmpty()) {
                m.put("intendedEmotion", c.trueLabel());
            }
            m.put("affect", affectJson(c.estimate().affect()));
            m.put("start", c.estimate().span().start());
            m.put("end", c.estimate().span().end());
            m.put("source", c.estimate().source());
            session.add(m);
        }
        sp.put("session", session);
        root.put("speech", sp);
        root.put("affect", affectJson(affect));
        root.put("strategy", strategy.name().toLowerCase(Locale.ROOT));
        root.put("user", recs.user());
        List<Object> list = new ArrayList<>();
        for (Recommendation r : recs.recommendations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("movieId", r.videoId());
            m.put("title", r.title());
            m.put("score", r.score());
            m.put("explanation", r.explanation());
            list.add(m);
        }
        root.put("recommendations", list);
        root.put("seconds", seconds);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    HtmlReport html() {
        HtmlReport r = new HtmlReport("AVRS demo");
        r.heading("Speech emotion recognition").paragraph(speech.source()).paragraph(String.format(Locale.ROOT,
                "UAR %.3f, WAR %.3f (chance UAR 0.143).", speech.uar(), speech.war()));
        if (speech.confusion() != null) {
            long[][] c = speech.confusion().counts();
            int[][] counts = new int[c.length][];
            for (int i = 0; i < c.length; i++) {
                counts[i] = java.util.Arrays.stream(c[i]).mapToInt(Math::toIntExact).toArray();
            }
            r.image(Charts.confusionMatrix(speech.confusion().labels(), counts, "EmoDB leave-one-speaker-out"),
                    "confusion matrix");
        }
        List<List<String>> rows = new ArrayList<>();
        for (SpeechStep.Clip c : speech.session()) {
            rows.add(List.of(c.name(), c.trueLabel(), describe(c.estimate().affect())));
        }
        r.heading("Viewer session").table(List.of("recording", "intended emotion", "recognised affect"), rows)
                .paragraph("Fused affect: " + describe(affect));
        EmotionSet set = affect.emotions().orElse(EmotionSet.EMODB);
        if (affect.hasDistribution()) {
            r.image(Charts.bars(set.labels(), affect.distribution().orElseThrow(), 1, "Fused emotion distribution"),
                    "fused emotion distribution");
        }
        List<List<String>> recRows = new ArrayList<>();
        int rank = 1;
        for (Recommendation rec : recs.recommendations()) {
            recRows.add(List.of(Integer.toString(rank++), Long.toString(rec.videoId()), rec.title(),
                    String.format(Locale.ROOT, "%.3f", rec.score()), rec.explanation()));
        }
        r.heading(String.format(Locale.ROOT, "Recommendations for MovieLens user %d (%s, strategy %s)", recs.user(),
                recs.algorithm(), strategy.name().toLowerCase(Locale.ROOT)))
                .table(List.of("#", "movieId", "title", "score", "explanation"), recRows);
        return r;
    }

    private static Map<String, Object> affectJson(Affect a) {
        Map<String, Object> m = new LinkedHashMap<>();
        a.emotions().ifPresent(set -> {
            Map<String, Double> dist = new LinkedHashMap<>();
            double[] p = a.distribution().orElseThrow();
            for (int i = 0; i < p.length; i++) {
                dist.put(set.label(i), p[i]);
            }
            m.put("distribution", dist);
            m.put("label", a.dominantLabel().orElseThrow());
        });
        m.put("valence", a.valence());
        m.put("arousal", a.arousal());
        m.put("dominance", a.dominance());
        m.put("confidence", a.confidence());
        return m;
    }

    static String describe(Affect a) {
        String label = a.dominantLabel().map(l -> String.format(Locale.ROOT, "%s %.0f%%, ", l, 100 * a.probability(l)))
                .orElse("");
        return String.format(Locale.ROOT, "%svalence %+.2f, arousal %+.2f, dominance %+.2f", label, a.valence(),
                a.arousal(), a.dominance());
    }
}
