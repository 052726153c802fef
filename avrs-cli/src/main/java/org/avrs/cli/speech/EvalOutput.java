package org.avrs.cli.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.cli.report.Charts;
import org.avrs.cli.report.HtmlReport;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.stats.TestResult;
import org.avrs.sensing.speech.SeedResults;
import org.avrs.sensing.speech.SpeechEvaluation;

/** The results of {@code avrs speech eval} as text, JSON and HTML. */
final class EvalOutput {

    private final String corpus;
    private final String model;
    private final String features;
    private final Dataset<Path> files;
    private final SeedResults results;
    private final SpeechEvaluation summary;
    private final boolean shuffled;
    private final double seconds;
    private Double priorWeight;
    private Path comparedFile;
    private String comparedModel;
    private TestResult comparison;

    EvalOutput(String corpus, String model, String features, Dataset<Path> files, SeedResults results, boolean shuffled,
               double seconds) {
        this.corpus = corpus;
        this.model = model;
        this.features = features;
        this.files = files;
        this.results = results;
        this.summary = results.summary();
        this.shuffled = shuffled;
        this.seconds = seconds;
    }

    /** This output noting the per-speaker normalisation weight κ of a classical pipeline. */
    EvalOutput withPriorWeight(double kappa) {
        priorWeight = kappa;
        return this;
    }

    /**
     * The "model" and per-fold UARs of an earlier {@code --json} output.
     *
     * @throws InvalidInputException if the file is not such an output
     */
    static Map.Entry<String, List<SpeechEvaluation.FoldScore>> readFolds(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<SpeechEvaluation.FoldScore> folds = new ArrayList<>();
            for (JsonNode f : root.path("folds")) {
                folds.add(new SpeechEvaluation.FoldScore(f.get("name").asText(), f.get("uar").asDouble()));
            }
            if (folds.isEmpty()) {
                throw new InvalidInputException(file.toString(), "folds", "no per-fold results; expected the output of "
                        + "'avrs speech eval --json'");
            }
            return Map.entry(root.path("model").asText("?") + " (" + root.path("features").asText("") + ")", folds);
        } catch (java.io.IOException | NullPointerException e) {
            throw new InvalidInputException(file.toString(), null, "not the JSON output of 'avrs speech eval --json': "
                    + e.getMessage(), e);
        }
    }

    /**
     * This output with a paired t-test against another run's folds.
     *
     * @throws InvalidInputException if the folds differ
     */
    EvalOutput comparedWith(Path file, Map.Entry<String, List<SpeechEvaluation.FoldScore>> other) {
        try {
            comparison = SpeechEvaluation.pairedTTest(summary.folds(), other.getValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), "folds", e.getMessage(), e);
        }
        comparedFile = file;
        comparedModel = other.getKey();
        return this;
    }

    private double chance() {
        return 1.0 / files.labels().size();
    }

    String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s%s, %d recordings, %d speakers; %s; %s%n", corpus,
                shuffled ? " (SHUFFLED LABELS: control)" : "", files.size(), files.groups().size(), features,
                summary.protocol()));
        s.append("model: ").append(summary.trainer()).append('\n');
        if (results.runs().size() > 1) {
            s.append(String.format(Locale.ROOT, "UAR %.3f ± %.3f   WAR %.3f ± %.3f   (mean ± sd over %d seeds; chance UAR %.3f)%n",
                    results.uarMean(), results.uarSd(), results.warMean(), results.warSd(), results.runs().size(), chance()));
        } else {
            s.append(String.format(Locale.ROOT, "UAR %.3f   WAR %.3f   (chance UAR %.3f)%n", summary.uar(), summary.war(),
                    chance()));
        }
        s.append("per-class recall:");
        double[] recall = summary.perClassRecall();
        for (int c = 0; c < recall.length; c++) {
            s.append(String.format(Locale.ROOT, " %s %.3f", files.labels().label(c), recall[c]));
        }
        s.append("\nconfusion matrix (rows: true, columns: predicted")
                .append(results.runs().size() > 1 ? ", summed over seeds" : "").append(")\n")
                .append(summary.confusion().render()).append('\n');
        s.append("per-fold UAR:");
        for (SpeechEvaluation.FoldScore f : summary.folds()) {
            s.append(String.format(Locale.ROOT, "%n  %-40s %.3f", f.name(), f.uar()));
        }
        if (comparison != null) {
            s.append(String.format(Locale.ROOT, "%npaired t-test of per-fold UAR against %s [%s]: t = %.3f, df = %.0f, "
                    + "p = %.4g, d_z = %.3f", comparedModel, comparedFile, comparison.statistic(), comparison.df(),
                    comparison.pValue(), comparison.effect()));
        }
        s.append(String.format(Locale.ROOT, "%n(%.1f s)%n", seconds));
        return s.toString();
    }

    String json() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("corpus", corpus);
        root.put("recordings", files.size());
        root.put("speakers", files.groups().size());
        root.put("model", model);
        root.put("trainer", summary.trainer());
        root.put("features", features);
        root.put("protocol", summary.protocol());
        if (priorWeight != null) {
            root.put("priorWeight", priorWeight);
        }
        root.put("shuffledLabels", shuffled);
        root.put("uar", summary.uar());
        root.put("war", summary.war());
        root.put("chanceUar", chance());
        if (results.runs().size() > 1) {
            root.put("uarSd", results.uarSd());
            root.put("warSd", results.warSd());
        }
        Map<String, Object> recall = new LinkedHashMap<>();
        double[] r = summary.perClassRecall();
        for (int c = 0; c < r.length; c++) {
            recall.put(files.labels().label(c), Double.isNaN(r[c]) ? null : r[c]);
        }
        root.put("perClassRecall", recall);
        root.put("labels", summary.confusion().labels());
        root.put("confusion", summary.confusion().counts());
        root.put("folds", folds(summary));
        List<Object> seeds = new ArrayList<>();
        for (int i = 0; i < results.runs().size(); i++) {
            SpeechEvaluation e = results.runs().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", results.seeds().get(i));
            m.put("uar", e.uar());
            m.put("war", e.war());
            m.put("folds", folds(e));
            seeds.add(m);
        }
        root.put("seeds", seeds);
        if (comparison != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("against", comparedFile.toString());
            c.put("model", comparedModel);
            c.put("test", comparison.test());
            c.put("t", finite(comparison.statistic()));
            c.put("df", comparison.df());
            c.put("p", finite(comparison.pValue()));
            c.put("cohensDz", finite(comparison.effect()));
            root.put("comparison", c);
        }
        root.put("seconds", seconds);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Object> folds(SpeechEvaluation e) {
        List<Object> folds = new ArrayList<>();
        for (SpeechEvaluation.FoldScore f : e.folds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("uar", f.uar());
            folds.add(m);
        }
        return folds;
    }

    HtmlReport html() {
        HtmlReport h = new HtmlReport("AVRS speech evaluation: " + corpus + " " + model);
        h.paragraph(text().lines().findFirst().orElse("")).paragraph("Model: " + summary.trainer());
        h.paragraph(String.format(Locale.ROOT, "UAR %.3f, WAR %.3f%s (chance UAR %.3f).", summary.uar(), summary.war(),
                results.runs().size() > 1 ? String.format(Locale.ROOT, " (mean over %d seeds, UAR sd %.3f)",
                        results.runs().size(), results.uarSd()) : "", chance()));
        ConfusionMatrix cm = summary.confusion();
        long[][] c = cm.counts();
        int[][] counts = new int[c.length][];
        for (int i = 0; i < c.length; i++) {
            counts[i] = java.util.Arrays.stream(c[i]).mapToInt(Math::toIntExact).toArray();
        }
        h.image(Charts.confusionMatrix(cm.labels(), counts, corpus + " " + summary.protocol()), "confusion matrix");
        double[] recall = summary.perClassRecall();
        h.image(Charts.bars(cm.labels(), recall, 1, "Per-class recall"), "per-class recall");
        List<List<String>> rows = new ArrayList<>();
        for (SpeechEvaluation.FoldScore f : summary.folds()) {
            rows.add(List.of(f.name(), String.format(Locale.ROOT, "%.3f", f.uar())));
        }
        h.heading("Per-fold UAR").table(List.of("fold", "UAR"), rows);
        return h;
    }
}
