package org.avrs.recommend.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes evaluation results as a text table, JSON, or an HTML page with a bar plot (inline SVG). */
public final class Report {

    private Report() {
    }

    private static Set<String> columns(List<EvalResult> results) {
        Set<String> cols = new LinkedHashSet<>();
        for (EvalResult r : results) {
            cols.addAll(r.metrics().keySet());
        }
        return cols;
    }

    /** A fixed-width table: algorithm, fit seconds, then every metric (blank when not computed). */
    public static String table(List<EvalResult> results) {
        Set<String> cols = columns(results);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-16s %8s", "algorithm", "fit s"));
        for (String c : cols) {
            s.append(String.format(Locale.ROOT, " %11s", c));
        }
        s.append('\n');
        for (EvalResult r : results) {
            s.append(String.format(Locale.ROOT, "%-16s %8.3f", r.algorithm(), r.fitSeconds()));
            for (String c : cols) {
                double v = r.metric(c);
                s.append(Double.isNaN(v) ? String.format(Locale.ROOT, " %11s", "")
                        : String.format(Locale.ROOT, " %11.4f", v));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** A JSON object: {"results": [{algorithm, config, fitSeconds, metrics}], "comparisons": [...]}. */
    public static String json(List<EvalResult> results, List<Comparison> comparisons) {
        StringBuilder s = new StringBuilder("{\n  \"results\": [");
        for (int i = 0; i < results.size(); i++) {
            EvalResult r = results.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\"algorithm\": ").append(quote(r.algorithm()))
                    .append(", \"config\": ").append(r.config()).append(", \"fitSeconds\": ").append(number(r.fitSeconds()))
                    .append(", \"metrics\": {");
            int j = 0;
            for (var e : r.metrics().entrySet()) {
                s.append(j++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ").append(number(e.getValue()));
            }
            s.append("}}");
        }
        s.append("\n  ],\n  \"comparisons\": [");
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\"metric\": ").append(quote(c.metric()))
                    .append(", \"a\": ").append(quote(c.a())).append(", \"b\": ").append(quote(c.b()))
                    .append(", \"meanA\": ").append(number(c.meanA())).append(", \"meanB\": ").append(number(c.meanB()))
                    .append(", \"difference\": ").append(number(c.difference())).append(", \"pairs\": ").append(c.pairs());
            if (c.significance() != null) {
                s.append(", \"test\": ").append(quote(c.significance().test())).append(", \"statistic\": ")
                        .append(number(c.significance().statistic())).append(", \"df\": ")
                        .append(number(c.significance().df())).append(", \"p\": ").append(number(c.significance().pValue()));
            }
            s.append('}');
        }
        return s.append("\n  ]\n}\n").toString();
    }

    /** An HTML page with the table and a horizontal bar plot of one metric. */
    public static String html(String title, List<EvalResult> results, String plotMetric) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{padding:4px 8px;border-bottom:1px solid #ccc;"
                        + "text-align:right}td:first-child,th:first-child{text-align:left}</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n<table><tr><th>algorithm</th><th>fit s</th>");
        Set<String> cols = columns(results);
        for (String c : cols) {
            s.append("<th>").append(escape(c)).append("</th>");
        }
        s.append("</tr>\n");
        for (EvalResult r : results) {
            s.append("<tr><td>").append(escape(r.algorithm())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.3f", r.fitSeconds())).append("</td>");
            for (String c : cols) {
                double v = r.metric(c);
                s.append("<td>").append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v)).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</table>\n<h2>").append(escape(plotMetric)).append("</h2>\n");
        double max = 0;
        for (EvalResult r : results) {
            double v = r.metric(plotMetric);
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        int barHeight = 22;
        int width = 640;
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">%n",
                width, barHeight * results.size() + 10));
        for (int i = 0; i < results.size(); i++) {
            EvalResult r = results.get(i);
            double v = r.metric(plotMetric);
            double len = Double.isNaN(v) || max == 0 ? 0 : (width - 260) * v / max;
            int y = i * barHeight + 5;
            s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>", y + 15,
                    escape(r.algorithm())));
            s.append(String.format(Locale.ROOT, "<rect x=\"140\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#4a7ab5\"/>",
                    y, len, barHeight - 6));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>%n", 145 + len, y + 14,
                    Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v)));
        }
        return s.append("</svg>\n</body></html>\n").toString();
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    static String number(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "null";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
