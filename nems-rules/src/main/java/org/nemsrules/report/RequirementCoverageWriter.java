package org.nemsrules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.nemsrules.engine.Finding;
import org.nemsrules.report.RequirementCoverage.Entry;
import org.nemsrules.report.RequirementCoverage.Place;
import org.nemsrules.report.RequirementCoverage.Status;

/**
 * Writes a {@link RequirementCoverage} as JSON (for tools) or Markdown (for a person, or a pull request). Give it a
 * coverage computed from a redacted report: it prints the findings' messages and the requests' labels as they are.
 */
public final class RequirementCoverageWriter {
    /** The formats a coverage report is written in, chosen by the file's extension. */
    public enum Format {
        JSON,
        MARKDOWN,
        HTML;

        /** The format a file name asks for: {@code .json}, {@code .html} / {@code .htm}, or {@code .md} / {@code .markdown}. */
        public static java.util.Optional<Format> forFile(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return java.util.Optional.of(JSON);
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                return java.util.Optional.of(HTML);
            }
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                return java.util.Optional.of(MARKDOWN);
            }
            return java.util.Optional.empty();
        }
    }

    private final ToolInfo tool;

    public RequirementCoverageWriter(ToolInfo tool) {
        this.tool = tool;
    }

    public void write(RequirementCoverage coverage, Format format, Writer out) throws IOException {
        switch (format) {
            case JSON -> json(coverage, out);
            case MARKDOWN -> markdown(coverage, out);
            case HTML -> html(coverage, out);
        }
        out.flush();
    }

    private void json(RequirementCoverage coverage, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            JsonReportWriter.begin(json, tool);
            json.writeObjectFieldStart("summary");
            for (Status status : Status.values()) {
                json.writeNumberField(status.label(), coverage.count(status));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("requirements");
            for (Entry e : coverage.entries()) {
                json.writeStartObject();
                json.writeStringField("id", e.requirement().id());
                json.writeStringField("group", e.requirement().group());
                json.writeStringField("summary", e.requirement().summary());
                json.writeStringField("status", e.status().label());
                json.writeArrayFieldStart("rules");
                for (String rule : e.rules()) {
                    json.writeString(rule);
                }
                json.writeEndArray();
                json.writeNumberField("violationCount", e.violationCount());
                json.writeArrayFieldStart("violations");
                for (Finding f : e.violations()) {
                    json.writeStartObject();
                    json.writeStringField("file", f.location().file());
                    json.writeNumberField("line", f.location().line());
                    json.writeStringField("rule", f.ruleId());
                    json.writeStringField("message", f.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeNumberField("demonstratedCount", e.demonstratedCount());
                json.writeArrayFieldStart("demonstratedBy");
                for (Place p : e.demonstratedBy()) {
                    json.writeStartObject();
                    json.writeStringField("file", p.file());
                    json.writeNumberField("request", p.interaction());
                    json.writeStringField("label", p.label());
                    json.writeEndObject();
                }
                json.writeEndArray();
                if (e.status() == Status.NOT_EXERCISED || e.status() == Status.NOT_MEASURED) {
                    json.writeStringField("toExercise", e.requirement().toExercise());
                }
                if (e.requirement().why().isPresent()) {
                    json.writeStringField("why", e.requirement().why().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            jsonMatrix(coverage.matrix(), json);
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void jsonMatrix(ExercisedMatrix matrix, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("matrix");
        json.writeArrayFieldStart("interactions");
        for (ExercisedMatrix.FormatRow row : matrix.interactions()) {
            json.writeStartObject();
            json.writeStringField("interaction", row.interaction());
            json.writeNumberField(ExercisedMatrix.XML, row.xml());
            json.writeNumberField(ExercisedMatrix.JSON, row.json());
            json.writeNumberField("total", row.total());
            json.writeEndObject();
        }
        json.writeEndArray();
        for (ExercisedMatrix.Tally tally : matrix.tallies()) {
            json.writeArrayFieldStart(tally.dimension().label());
            for (ExercisedMatrix.Count count : tally.counts()) {
                json.writeStartObject();
                json.writeStringField("value", count.value());
                json.writeNumberField("requests", count.requests());
                if (count.first().isPresent()) {
                    Place first = count.first().get();
                    json.writeObjectFieldStart("first");
                    json.writeStringField("file", first.file());
                    json.writeNumberField("request", first.interaction());
                    json.writeStringField("label", first.label());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void markdown(RequirementCoverage coverage, Writer out) throws IOException {
        out.write("# Requirement coverage\n\n");
        out.write("What the recordings of this run prove of each requirement of the NEMS Subscription API ("
                + tool.name() + " " + tool.version() + "). Contains public sector information licensed under "
                + "the Open Government Licence v3.0.\n\n");
        for (Status status : Status.values()) {
            out.write("- " + status.label() + ": " + coverage.count(status) + "\n");
        }
        out.write("\n| requirement | status | evidence | rules |\n|---|---|---|---|\n");
        for (Entry e : coverage.entries()) {
            out.write("| " + cell(e.requirement().id() + ": " + e.requirement().summary()) + " | "
                    + e.status().label() + " | " + cell(evidence(e)) + " | "
                    + cell(e.rules().isEmpty() ? "none" : String.join(", ", e.rules())) + " |\n");
        }
        ExercisedMatrix matrix = coverage.matrix();
        out.write("\n## What the requests exercise\n\n" + MATRIX_INTRO + "\n\n");
        out.write("| interaction | XML | JSON | all |\n|---|---|---|---|\n");
        for (ExercisedMatrix.FormatRow row : matrix.interactions()) {
            out.write("| " + cell(row.interaction()) + " | " + row.xml() + " | " + row.json() + " | " + row.total()
                    + " |\n");
        }
        for (ExercisedMatrix.Tally tally : matrix.tallies()) {
            out.write("\n### " + cell(tally.dimension().label()) + "\n\n");
            if (tally.counts().isEmpty()) {
                out.write("No request has one.\n");
                continue;
            }
            out.write("| value | requests | first request |\n|---|---|---|\n");
            for (ExercisedMatrix.Count count : tally.counts()) {
                out.write("| " + cell(count.value()) + " | " + count.requests() + " | "
                        + cell(count.first()
                                .map(RequirementCoverageWriter::place)
                                .orElse("none")) + " |\n");
            }
        }
    }

    private static final String MATRIX_INTRO = "Requests counted by interaction and format (the body a create sends, "
            + "the answer a read or delete asks for in Accept, XML when it names no supported type), by each media "
            + "type sent, by what a create subscribes to, and by whether the JWT names a requesting user. A value "
            + "with 0 requests is one no recording exercises.";

    private static String place(Place p) {
        return p.file() + " " + p.label();
    }

    /**
     * One self-contained page in the style of the HTML report: no script, nothing fetched (its
     * Content-Security-Policy forbids both), every recorded text escaped.
     */
    private void html(RequirementCoverage coverage, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReportWriter.CONTENT_SECURITY_POLICY
                + "\"/>\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<meta name=\"generator\" content=\"" + HtmlReportWriter.escape(tool.name() + " " + tool.version())
                + "\"/>\n");
        out.write("<title>NEMS Rules requirement coverage</title>\n");
        out.write("<style>\n" + HtmlReportWriter.Style.CSS + "</style>\n</head>\n<body>\n");
        out.write("<header class=\"page\">\n<h1>NEMS Rules requirement coverage</h1>\n<p class=\"meta\">"
                + HtmlReportWriter.escape(tool.name() + " " + tool.version())
                + " \u00B7 what the recordings prove of each requirement \u00B7 <a href=\""
                + HtmlReportWriter.escape(tool.docsUrl() + "coverage.md") + "\">what the statuses mean</a></p>\n"
                + "</header>\n");
        out.write("<dl class=\"totals\">\n");
        for (Status status : Status.values()) {
            String css = status == Status.VIOLATED ? " error" : status == Status.NOT_EXERCISED ? " warning" : "";
            out.write("<div class=\"total" + css + "\"><dt>" + status.label() + "</dt><dd id=\"total-"
                    + status.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">" + coverage.count(status)
                    + "</dd></div>\n");
        }
        out.write("</dl>\n<h2>Requirements</h2>\n<table class=\"chart\">\n<thead><tr><th>Requirement</th>"
                + "<th>Status</th><th>Evidence</th><th>Rules</th></tr></thead>\n<tbody>\n");
        for (Entry e : coverage.entries()) {
            out.write("<tr id=\"" + HtmlReportWriter.escape(e.requirement().id()) + "\"><th><code>"
                    + HtmlReportWriter.escape(e.requirement().id()) + "</code><span class=\"rule-title\">"
                    + HtmlReportWriter.escape(e.requirement().summary()) + "</span></th><td>"
                    + HtmlReportWriter.escape(e.status().label()) + "</td><td>"
                    + HtmlReportWriter.escape(evidence(e)) + "</td><td>"
                    + HtmlReportWriter.escape(e.rules().isEmpty() ? "none" : String.join(", ", e.rules()))
                    + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
        htmlMatrix(coverage.matrix(), out);
        out.write("<p class=\"notes\">Contains public sector information licensed under the "
                + "Open Government Licence v3.0.</p>\n</body>\n</html>\n");
    }

    private static void htmlMatrix(ExercisedMatrix matrix, Writer out) throws IOException {
        out.write("<h2 id=\"matrix\">What the requests exercise</h2>\n<p>" + HtmlReportWriter.escape(MATRIX_INTRO)
                + "</p>\n<table class=\"chart\" id=\"matrix-interactions\">\n<thead><tr><th>Interaction</th>"
                + "<th>XML</th><th>JSON</th><th>All</th></tr></thead>\n<tbody>\n");
        for (ExercisedMatrix.FormatRow row : matrix.interactions()) {
            out.write("<tr><th>" + HtmlReportWriter.escape(row.interaction()) + "</th><td>" + row.xml() + "</td><td>"
                    + row.json() + "</td><td>" + row.total() + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
        for (ExercisedMatrix.Tally tally : matrix.tallies()) {
            String label = tally.dimension().label();
            out.write("<h3>" + HtmlReportWriter.escape(label) + "</h3>\n");
            if (tally.counts().isEmpty()) {
                out.write("<p>No request has one.</p>\n");
                continue;
            }
            out.write("<table class=\"chart\" id=\"matrix-"
                    + tally.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + "\">\n<thead><tr><th>Value</th><th>Requests</th><th>First request</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (ExercisedMatrix.Count count : tally.counts()) {
                out.write("<tr><th><code>" + HtmlReportWriter.escape(count.value()) + "</code></th><td>"
                        + count.requests() + "</td><td>"
                        + HtmlReportWriter.escape(count.first()
                                .map(RequirementCoverageWriter::place)
                                .orElse("none"))
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
        }
    }

    private static String evidence(Entry e) {
        return switch (e.status()) {
            case VIOLATED -> {
                Finding first = e.violations().get(0);
                yield first.location().file() + ":" + first.location().line() + " " + first.ruleId() + ": "
                        + first.message()
                        + (e.violationCount() > 1 ? " (and " + (e.violationCount() - 1) + " more)" : "");
            }
            case DEMONSTRATED -> {
                Place first = e.demonstratedBy().get(0);
                yield first.file() + " " + first.label()
                        + (e.demonstratedCount() > 1 ? " and " + (e.demonstratedCount() - 1) + " more" : "");
            }
            case NOT_EXERCISED -> "needs " + e.requirement().toExercise();
            case NOT_MEASURED -> "its rules do not report what they examine yet";
            case NO_RULE -> "no rule of this run cites it";
            case NOT_STATICALLY_CHECKABLE -> e.requirement().why().orElse("");
        };
    }

    /**
     * Text in a Markdown table cell: one line, control characters shown as escapes (a label quotes the recording),
     * and no pipe that would end the cell.
     */
    private static String cell(String text) {
        return PrintableText.escape(text.replaceAll("\\s*\\R\\s*", " "))
                .replace("\\", "\\\\")
                .replace("|", "\\|");
    }
}
