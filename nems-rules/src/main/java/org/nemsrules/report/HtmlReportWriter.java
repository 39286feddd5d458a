package org.nemsrules.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * One self-contained HTML page for people: the totals, a bar chart of findings by category and by rule, and each
 * file with its findings, each group of findings under the lines of the recording around them.
 *
 * <p>The page is meant to be attached to a CI run and opened anywhere, offline: it has no script, fetches nothing
 * (its style is inline, the bars are CSS) and forbids both in its Content-Security-Policy, so that a recorded value
 * which escaped escaping could still neither run nor call out. The only links are to the rule reference.
 *
 * <p>The markup is also well-formed XML (void elements are self-closed, no named entities), so that tests and
 * tools can read it with any XML parser.
 *
 * <p>Recorded text reaches the page in file names, messages, notes and excerpts. All of it is HTML-escaped, control
 * characters are shown as escapes ({@code \n}, {@code \u001B}), and it goes through the {@link Redactor} first:
 * recordings hold tokens and NHS numbers. Excerpts are redacted knowing which lines are headers
 * ({@link Redactor#redactRecording}), so that a credential is cut whole whatever it looks like.
 */
public final class HtmlReportWriter implements ReportWriter {
    /** Lines shown before and after the line a finding points at. */
    static final int CONTEXT_LINES = 2;
    /** Longer recorded lines (a HAR on one line) are cut, after redaction so that no token is cut into pieces. */
    static final int MAX_LINE_LENGTH = 240;
    /** Scripts, fetches, frames and forms are refused by the browser; inline style is the one thing allowed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final ToolInfo tool;
    private final Redactor redactor;
    private final RecordingSource recordings;

    /**
     * @param tool       name, version and where the rule reference is
     * @param redactor   applied to every message, note and excerpt line
     * @param recordings where the recorded files are read from for excerpts
     */
    public HtmlReportWriter(ToolInfo tool, Redactor redactor, RecordingSource recordings) {
        this.tool = Objects.requireNonNull(tool, "tool");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.recordings = Objects.requireNonNull(recordings, "recordings");
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, RuleMetadata> rules =
                report.rules().stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (a, b) -> a));
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\"/>\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<meta name=\"generator\" content=\"" + escape(tool.name() + " " + tool.version()) + "\"/>\n");
        out.write("<title>NEMS Rules report: " + escape(severityCounts(report)) + "</title>\n");
        out.write("<style>\n" + Style.CSS + "</style>\n</head>\n<body>\n");
        out.write("<header class=\"page\">\n<h1>NEMS Rules report</h1>\n<p class=\"meta\">" + escape(tool.name())
                + " " + escape(tool.version()) + " \u00B7 <a href=\"" + escape(tool.docsUrl() + "rules.md")
                + "\">rule reference</a></p>\n</header>\n");
        totals(report, out);
        chart(
                "by-category",
                "Findings by category",
                "Category",
                countBy(report, f -> category(f.ruleId())),
                id -> null,
                out);
        chart("by-rule", "Findings by rule", "Rule", countBy(report, Finding::ruleId), rules::get, out);
        files(report, rules, out);
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private void totals(Report report, Writer out) throws IOException {
        out.write("<section id=\"totals\">\n<h2>Totals</h2>\n<dl class=\"totals\">\n");
        long withFindings =
                report.files().stream().filter(f -> !f.findings().isEmpty()).count();
        total("files", "Files checked", report.files().size(), out);
        total("requests", "Requests", report.interactionCount(), out);
        total("with-findings", "Files with findings", withFindings, out);
        for (Severity severity : Severity.values()) {
            total(severity.label(), plural(severity), report.count(severity), out);
        }
        if (report.baseline().isPresent()) {
            total("baselined", "Baselined", report.baseline().get().baselined(), out);
            total("stale", "Stale baseline entries", report.baseline().get().stale(), out);
        }
        out.write("</dl>\n<p class=\"summary\">" + escape(TextReportWriter.summary(report)) + "</p>\n");
        if (!report.notes().isEmpty()) {
            out.write("<ul class=\"notes\">\n");
            for (String note : report.notes()) {
                out.write("<li>" + recorded(note) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        out.write("</section>\n");
    }

    private static void total(String key, String label, long value, Writer out) throws IOException {
        out.write("<div class=\"total " + key + "\"><dt>" + label + "</dt><dd id=\"total-" + key + "\">" + value
                + "</dd></div>\n");
    }

    /**
     * A table whose rows are read as text (name, counts) and drawn as a bar: the bar's length is the row's share of
     * the largest row, split by severity. Widths are inline styles, so the chart needs no script.
     */
    private void chart(
            String id,
            String title,
            String rowHeading,
            Map<String, Map<Severity, Long>> rows,
            Function<String, RuleMetadata> rules,
            Writer out)
            throws IOException {
        out.write("<section id=\"" + id + "\">\n<h2>" + title + "</h2>\n");
        if (rows.isEmpty()) {
            out.write("<p class=\"none\">No findings.</p>\n</section>\n");
            return;
        }
        long max = rows.values().stream().mapToLong(HtmlReportWriter::sum).max().orElse(1);
        out.write("<table class=\"chart\">\n<thead><tr><th scope=\"col\">" + rowHeading
                + "</th><th scope=\"col\">Findings</th>"
                + "<th scope=\"col\" class=\"counts\">Errors / warnings / infos</th></tr></thead>\n<tbody>\n");
        List<Map.Entry<String, Map<Severity, Long>>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, Map<Severity, Long>>>comparingLong(e -> -sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Map<Severity, Long>> row : sorted) {
            long total = sum(row.getValue());
            RuleMetadata rule = rules.apply(row.getKey());
            out.write("<tr><th scope=\"row\">"
                    + (rule == null
                            ? "<code>" + escape(row.getKey()) + "</code>"
                            : ruleLink(row.getKey()) + "<span class=\"rule-title\">" + escape(rule.title()) + "</span>")
                    + "</th>\n<td class=\"bar\"><span class=\"bar\" style=\"width:" + percent(total, max) + "\">");
            for (Severity severity : Severity.values()) {
                long n = row.getValue().getOrDefault(severity, 0L);
                if (n > 0) {
                    out.write("<span class=\"seg " + severity.label() + "\" style=\"width:" + percent(n, total)
                            + "\" title=\"" + n + " " + plural(severity).toLowerCase(Locale.ROOT) + "\"></span>");
                }
            }
            out.write("</span><span class=\"n\">" + total + "</span></td>\n<td class=\"counts\">"
                    + row.getValue().getOrDefault(Severity.ERROR, 0L) + " / "
                    + row.getValue().getOrDefault(Severity.WARNING, 0L) + " / "
                    + row.getValue().getOrDefault(Severity.INFO, 0L) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private void files(Report report, Map<String, RuleMetadata> rules, Writer out) throws IOException {
        out.write("<section id=\"files\">\n<h2>Files</h2>\n");
        List<FileResult> withFindings =
                report.files().stream().filter(f -> !f.findings().isEmpty()).toList();
        List<FileResult> clean =
                report.files().stream().filter(f -> f.findings().isEmpty()).toList();
        if (!withFindings.isEmpty()) {
            out.write("<ol class=\"toc\">\n");
            for (int i = 0; i < withFindings.size(); i++) {
                FileResult file = withFindings.get(i);
                out.write("<li><a href=\"#file-" + (i + 1) + "\">" + escape(file.path()) + "</a> <span class=\"meta\">"
                        + escape(fileCounts(file)) + "</span></li>\n");
            }
            out.write("</ol>\n");
        }
        for (int i = 0; i < withFindings.size(); i++) {
            file(withFindings.get(i), i + 1, rules, out);
        }
        if (!clean.isEmpty()) {
            out.write("<h3 class=\"clean-title\">Files without findings</h3>\n<ul class=\"clean\">\n");
            for (FileResult file : clean) {
                out.write("<li>" + escape(file.path()) + " <span class=\"meta\">"
                        + escape(plural(file.interactions().size(), "request")) + "</span></li>\n");
            }
            out.write("</ul>\n");
        }
        out.write("</section>\n");
    }

    /** A file's findings, grouped by the line they point at, each group above the lines around it. */
    private void file(FileResult file, int number, Map<String, RuleMetadata> rules, Writer out) throws IOException {
        out.write("<section class=\"file\" id=\"file-" + number + "\">\n<header><h3>" + escape(file.path())
                + "</h3> <span class=\"meta\">"
                + escape(plural(file.interactions().size(), "request") + ": " + fileCounts(file))
                + "</span></header>\n");
        List<String> lines = recordings.lines(file.path());
        Redactor.RedactedLines shown = redactor.redactedLines(file.path(), lines);
        Map<Integer, List<Finding>> byLine = new TreeMap<>();
        for (Finding f : file.findings()) {
            byLine.computeIfAbsent(f.location().line(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Integer, List<Finding>> group : byLine.entrySet()) {
            int line = group.getKey();
            out.write("<div class=\"group\">\n<p class=\"where\">" + (line > 0 ? "line " + line : "the file as a whole")
                    + "</p>\n<ul class=\"findings\">\n");
            for (Finding f : group.getValue()) {
                finding(f, file, rules, out);
            }
            out.write("</ul>\n");
            Optional<Excerpt> excerpt = Excerpt.around(lines, line, CONTEXT_LINES);
            if (excerpt.isPresent()) {
                excerpt(excerpt.get(), shown, out);
            }
            out.write("</div>\n");
        }
        out.write("</section>\n");
    }

    private void finding(Finding f, FileResult file, Map<String, RuleMetadata> rules, Writer out) throws IOException {
        StringBuilder li = new StringBuilder();
        li.append("<li class=\"finding ")
                .append(f.severity().label())
                .append("\"><span class=\"sev ")
                .append(f.severity().label())
                .append("\">")
                .append(f.severity().label())
                .append("</span> ")
                .append(
                        rules.containsKey(f.ruleId())
                                ? ruleLink(f.ruleId())
                                : "<code>" + escape(f.ruleId()) + "</code>")
                .append(" <span class=\"message\">")
                .append(escape(redactor.redact(f.message(), f.location().path())))
                .append("</span>");
        List<String> details = new ArrayList<>();
        if (!f.requirement().isEmpty()) {
            details.add(escape(f.requirement()));
        }
        if (!f.location().path().isEmpty()) {
            details.add("at <code>" + recorded(f.location().path()) + "</code>");
        }
        int request = f.location().interaction();
        if (request >= 0 && request < file.interactions().size()) {
            details.add("request " + (request + 1) + ": "
                    + recorded(file.interactions().get(request)));
        }
        if (f.httpStatus() != null) {
            details.add("NEMS would likely answer " + f.httpStatus()
                    + (f.spineCode() == null ? "" : " " + escape(f.spineCode())));
        }
        if (!details.isEmpty()) {
            li.append("<span class=\"details\">")
                    .append(String.join(" \u00B7 ", details))
                    .append("</span>");
        }
        out.write(li.append("</li>\n").toString());
    }

    /** The recorded lines, numbered, the finding's line marked (and so readable without colour: {@code ›}). */
    private void excerpt(Excerpt excerpt, Redactor.RedactedLines shown, Writer out) throws IOException {
        StringBuilder pre = new StringBuilder("<pre class=\"excerpt\"><code>");
        for (int i = 0; i < excerpt.lines().size(); i++) {
            int number = excerpt.firstLine() + i;
            String text = cutToLength(shown.line(number - 1));
            if (number == excerpt.line()) {
                pre.append("<mark class=\"hit\"><span class=\"ln\">\u203A ")
                        .append(number)
                        .append("</span>")
                        .append(text)
                        .append("</mark>\n");
            } else {
                pre.append("<span class=\"ln\">")
                        .append(number)
                        .append("</span>")
                        .append(text)
                        .append('\n');
            }
        }
        out.write(pre.append("</code></pre>\n").toString());
    }

    /** A line of the recording, already redacted whole: cut to a readable length, then escaped. */
    private static String cutToLength(String redacted) {
        if (redacted.codePointCount(0, redacted.length()) > MAX_LINE_LENGTH) {
            int end = redacted.offsetByCodePoints(0, MAX_LINE_LENGTH);
            return escape(redacted.substring(0, end)) + "<span class=\"cut\">\u2026 ("
                    + redacted.codePointCount(end, redacted.length()) + " more characters)</span>";
        }
        return escape(redacted);
    }

    private String recorded(String text) {
        return escape(redactor.redact(text));
    }

    private String ruleLink(String ruleId) {
        return "<a class=\"rule\" href=\"" + escape(tool.ruleHelpUri(ruleId)) + "\"><code>" + escape(ruleId)
                + "</code></a>";
    }

    /**
     * Text as HTML character data or a quoted attribute value: control characters are shown as escapes
     * ({@link PrintableText}; tab is kept), the five markup characters become references, and what neither HTML nor
     * XML lets a document hold besides (unpaired surrogates, U+FFFE and U+FFFF) becomes U+FFFD.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        PrintableText.escape(text).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t' -> sb.append('\t');
                default -> {
                    boolean forbidden =
                            Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF;
                    sb.appendCodePoint(forbidden ? 0xFFFD : c);
                }
            }
        });
        return sb.toString();
    }

    /** The category of a rule: its id up to the first dot ({@code jwt}, {@code header}, {@code mime}). */
    static String category(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

    private static Map<String, Map<Severity, Long>> countBy(Report report, Function<Finding, String> key) {
        Map<String, Map<Severity, Long>> rows = new LinkedHashMap<>();
        report.findings()
                .forEach(f -> rows.computeIfAbsent(key.apply(f), k -> new EnumMap<>(Severity.class))
                        .merge(f.severity(), 1L, Long::sum));
        return rows;
    }

    private static long sum(Map<Severity, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A CSS percentage, at least a sliver so that a row of one among thousands still shows a bar. */
    private static String percent(long part, long whole) {
        double p = whole == 0 ? 0 : 100.0 * part / whole;
        return String.format(Locale.ROOT, "%.2f%%", Math.max(p, 0.5));
    }

    private static String severityCounts(Report report) {
        return plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
                + ", " + plural(report.count(Severity.INFO), "info");
    }

    private static String fileCounts(FileResult file) {
        return plural(file.count(Severity.ERROR), "error") + ", " + plural(file.count(Severity.WARNING), "warning")
                + ", " + plural(file.count(Severity.INFO), "info");
    }

    private static String plural(Severity severity) {
        String label = severity.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + "s";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The page's style sheet, inline: the page must open offline and fetch nothing. The coverage page shares it. */
    static final class Style {
        static final String CSS = """
                :root{--error:#b3261e;--warning:#9a5b00;--info:#1a5fb4;--ink:#1f2328;--muted:#57606a;\
                --line:#d0d7de;--soft:#f6f8fa;--hit:#fff5c2}
                *{box-sizing:border-box}
                body{margin:0 auto;max-width:75rem;padding:1.5rem;color:var(--ink);background:#fff;\
                font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
                code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
                a{color:#0550ae}
                h1{font-size:1.7rem;margin:0}
                h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
                h3{font-size:1rem;margin:0;display:inline;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
                .meta{color:var(--muted)}
                .totals{display:flex;flex-wrap:wrap;gap:.75rem;margin:0}
                .total{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;min-width:8rem}
                .total dt{color:var(--muted);font-size:.85rem}
                .total dd{margin:0;font-size:1.7rem;font-weight:600;font-variant-numeric:tabular-nums}
                .total.error dd{color:var(--error)}.total.warning dd{color:var(--warning)}.total.info dd{color:var(--info)}
                .notes{color:var(--muted)}
                table.chart{border-collapse:collapse;width:100%}
                .chart th,.chart td{padding:.25rem .5rem;text-align:left;vertical-align:middle;\
                border-bottom:1px solid var(--soft)}
                .chart thead th{color:var(--muted);font-weight:normal;font-size:.85rem}
                .chart tbody th{font-weight:normal;width:38%}
                .chart td.bar{width:50%;white-space:nowrap}
                .rule-title{display:block;color:var(--muted);font-size:.85rem}
                span.bar{display:inline-flex;height:1.1rem;vertical-align:middle;max-width:calc(100% - 3.5rem)}
                .seg{display:block;height:100%}
                .seg.error,.sev.error{background:var(--error)}
                .seg.warning,.sev.warning{background:var(--warning)}
                .seg.info,.sev.info{background:var(--info)}
                .n{display:inline-block;margin-left:.5rem;font-variant-numeric:tabular-nums}
                td.counts,th.counts{color:var(--muted);white-space:nowrap;font-variant-numeric:tabular-nums}
                .toc{columns:2 24rem;padding-left:1.5rem}
                .file{border:1px solid var(--line);border-radius:6px;margin:1rem 0;overflow:hidden}
                .file>header{background:var(--soft);padding:.5rem .75rem;border-bottom:1px solid var(--line)}
                .group{padding:.5rem .75rem}
                .group+.group{border-top:1px solid var(--line)}
                .where{margin:0 0 .25rem;color:var(--muted);font-size:.85rem}
                .findings{list-style:none;margin:0;padding:0}
                .finding{margin:.2rem 0}
                .sev{display:inline-block;min-width:4.6rem;text-align:center;border-radius:3px;color:#fff;\
                font-size:.8rem;font-weight:600;padding:0 .3rem}
                a.rule code{font-weight:600}
                .details{display:block;margin-left:5rem;color:var(--muted);font-size:.85rem}
                pre.excerpt{margin:.5rem 0 .25rem;padding:.4rem 0;background:var(--soft);border:1px solid var(--line);\
                border-radius:4px;overflow-x:auto;font-size:13px;line-height:1.45}
                .ln{display:inline-block;width:4.5rem;padding-right:1rem;text-align:right;color:var(--muted);\
                user-select:none}
                mark.hit{display:inline-block;min-width:100%;background:var(--hit);color:inherit;\
                box-shadow:inset 3px 0 0 var(--error)}
                .cut{color:var(--muted);font-style:italic}
                .clean{columns:2 24rem}
                .clean-title{display:block;margin-top:1.5rem}
                @media print{body{max-width:none}.seg,.sev,mark.hit{-webkit-print-color-adjust:exact;\
                print-color-adjust:exact}}
                """;
    }
}
