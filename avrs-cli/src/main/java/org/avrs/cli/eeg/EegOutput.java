package org.avrs.cli.eeg;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.cli.report.Charts;
import org.avrs.cli.report.HtmlReport;
import org.avrs.sensing.eeg.EegResult;

/** An {@link EegResult} as text, as JSON and as an HTML report. */
public final class EegOutput {

    private EegOutput() {
    }

    /**
     * The channels chosen most often over all folds and subjects, most frequent first (ties by name),
     * as many as the largest fold's selection; empty without selection.
     */
    static List<String> frequentChannels(EegResult r) {
        Map<String, Integer> count = new LinkedHashMap<>();
        int size = 0;
        for (EegResult.SubjectScore s : r.perSubject()) {
            for (List<String> fold : s.channels()) {
                size = Math.max(size, fold.size());
                fold.forEach(c -> count.merge(c, 1, Integer::sum));
            }
        }
        return count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(size).map(Map.Entry::getKey).toList();
    }

    /** The fields of {@code --json}; {@code extra} (data set, target, …) first. */
    public static Map<String, Object> json(EegResult r, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>(extra);
        m.put("protocol", r.protocol());
        m.put("model", r.model());
        m.put("accuracy", r.accuracy());
        m.put("accuracySd", finiteOrNull(r.accuracySd()));
        m.put("f1", r.f1());
        m.put("f1Kind", "macro-F1 per subject, averaged over subjects");
        m.put("pooledAccuracy", r.pooledAccuracy());
        m.put("chance", r.chance());
        m.put("windows", r.windows());
        m.put("seconds", r.seconds());
        if (r.k() > 0) {
            m.put("k", r.k());
        }
        List<String> channels = frequentChannels(r);
        if (!channels.isEmpty()) {
            m.put("channels", channels);
        }
        if (!r.kScores().isEmpty()) {
            List<Map<String, Object>> ks = new ArrayList<>();
            for (EegResult.KScore k : r.kScores()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("k", k.k());
                e.put("accuracy", k.accuracy());
                e.put("f1", k.f1());
                e.put("seconds", k.seconds());
                ks.add(e);
            }
            m.put("kScores", ks);
        }
        List<Map<String, Object>> per = new ArrayList<>();
        for (EegResult.SubjectScore s : r.perSubject()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("subject", s.subject());
            e.put("accuracy", s.accuracy());
            e.put("f1", s.f1());
            e.put("windows", s.windows());
            if (s.channels().stream().anyMatch(c -> !c.isEmpty())) {
                e.put("channels", s.channels());
            }
            per.add(e);
        }
        m.put("perSubject", per);
        return m;
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Pretty-printed JSON of a map. */
    public static void printJson(PrintWriter out, Map<String, Object> json) throws IOException {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        out.flush();
    }

    /** A few lines for people. */
    public static void printText(PrintWriter out, EegResult r, String title) {
        out.printf(Locale.ROOT, "%s%n", title);
        out.printf(Locale.ROOT, "  protocol  %s%n  model     %s%n", r.protocol(), r.model());
        out.printf(Locale.ROOT, "  accuracy  %.3f ± %.3f over %d subjects (pooled %.3f; majority-class chance %.3f)%n",
                r.accuracy(), r.accuracySd(), r.perSubject().size(), r.pooledAccuracy(), r.chance());
        out.printf(Locale.ROOT, "  macro-F1  %.3f    windows %d    %.1f s%n", r.f1(), r.windows(), r.seconds());
        for (EegResult.KScore k : r.kScores()) {
            out.printf(Locale.ROOT, "  K %-4d    accuracy %.3f  F1 %.3f  %.1f s%n", k.k(), k.accuracy(), k.f1(), k.seconds());
        }
        List<String> channels = frequentChannels(r);
        if (!channels.isEmpty()) {
            out.printf(Locale.ROOT, "  channels  %s%n", String.join(" ", channels));
        }
        for (EegResult.SubjectScore s : r.perSubject()) {
            out.printf(Locale.ROOT, "  %-10s accuracy %.3f  F1 %.3f  (%d windows)%n", s.subject(), s.accuracy(), s.f1(),
                    s.windows());
        }
        out.flush();
    }

    /** An HTML page with the summary, per-subject bars and the K sweep. */
    public static void writeReport(Path file, EegResult r, String title, Map<String, Object> extra) throws IOException {
        HtmlReport page = new HtmlReport(title);
        page.heading(title);
        List<List<String>> rows = new ArrayList<>();
        extra.forEach((k, v) -> rows.add(List.of(k, String.valueOf(v))));
        rows.add(List.of("protocol", r.protocol()));
        rows.add(List.of("model", r.model()));
        rows.add(List.of("accuracy (mean ± SD over subjects)", String.format(Locale.ROOT, "%.3f ± %.3f", r.accuracy(),
                r.accuracySd())));
        rows.add(List.of("macro-F1 (mean over subjects)", String.format(Locale.ROOT, "%.3f", r.f1())));
        rows.add(List.of("pooled accuracy", String.format(Locale.ROOT, "%.3f", r.pooledAccuracy())));
        rows.add(List.of("majority-class chance", String.format(Locale.ROOT, "%.3f", r.chance())));
        rows.add(List.of("windows", Integer.toString(r.windows())));
        rows.add(List.of("wall time", String.format(Locale.ROOT, "%.1f s", r.seconds())));
        List<String> channels = frequentChannels(r);
        if (!channels.isEmpty()) {
            rows.add(List.of("channels chosen most often", String.join(" ", channels)));
        }
        page.table(List.of("", ""), rows);
        List<EegResult.SubjectScore> per = new ArrayList<>(r.perSubject());
        per.sort(Comparator.comparing(EegResult.SubjectScore::subject));
        page.image(Charts.bars(per.stream().map(EegResult.SubjectScore::subject).toList(),
                per.stream().mapToDouble(EegResult.SubjectScore::accuracy).toArray(), 1.0, "accuracy per subject"),
                "accuracy per subject");
        if (!r.kScores().isEmpty()) {
            page.heading("K sweep (P3: every K scored on the test folds)");
            page.table(List.of("K", "accuracy", "macro-F1", "seconds"), r.kScores().stream().map(k -> List.of(
                    Integer.toString(k.k()), String.format(Locale.ROOT, "%.3f", k.accuracy()),
                    String.format(Locale.ROOT, "%.3f", k.f1()), String.format(Locale.ROOT, "%.1f", k.seconds()))).toList());
        }
        page.write(file);
    }
}
