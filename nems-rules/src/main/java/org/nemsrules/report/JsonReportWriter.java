package org.nemsrules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * The report as JSON for scripts. The shape is a published contract: fields may be added, never
 * renamed or removed.
 */
public final class JsonReportWriter implements ReportWriter {
    private final ToolInfo tool;

    public JsonReportWriter(ToolInfo tool) {
        this.tool = tool;
    }

    /**
     * Starts a document as every JSON writer of the project does: control characters escaped, the target left open
     * for the caller, pretty printed, and the tool named first.
     */
    static void begin(JsonGenerator json, ToolInfo tool) throws IOException {
        json.setCharacterEscapes(JsonControlEscapes.INSTANCE);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", tool.name());
        json.writeStringField("version", tool.version());
        json.writeEndObject();
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            JsonReportWriter.begin(json, tool);
            json.writeArrayFieldStart("files");
            for (FileResult file : report.files()) {
                json.writeStartObject();
                json.writeStringField("path", file.path());
                json.writeNumberField("interactions", file.interactions().size());
                json.writeArrayFieldStart("findings");
                for (Finding f : file.findings()) {
                    finding(json, f);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", report.files().size());
            json.writeNumberField("interactions", report.interactionCount());
            json.writeNumberField("errors", report.count(Severity.ERROR));
            json.writeNumberField("warnings", report.count(Severity.WARNING));
            json.writeNumberField("infos", report.count(Severity.INFO));
            if (report.baseline().isPresent()) {
                json.writeNumberField("baselined", report.baseline().get().baselined());
                json.writeNumberField(
                        "staleBaselineEntries", report.baseline().get().stale());
            }
            json.writeEndObject();
            notes(json, report);
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /**
     * What the run could not do, or did besides the rules (a missing configuration, deep validation): always present,
     * empty when there is nothing to say, so that scripts need not test for it.
     */
    static void notes(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("notes");
        for (String note : report.notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
    }

    private static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.ruleId());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("message", f.message());
        nullableInt(json, "line", f.location().line() > 0 ? f.location().line() : null);
        nullableInt(json, "column", f.location().column());
        nullableString(json, "path", f.location().path());
        nullableString(json, "requirement", f.requirement());
        nullableInt(json, "httpStatus", f.httpStatus());
        nullableString(json, "spineCode", f.spineCode());
        if (f.location().interaction() >= 0) {
            json.writeNumberField("interaction", f.location().interaction());
        }
        json.writeEndObject();
    }

    private static void nullableInt(JsonGenerator json, String name, @Nullable Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void nullableString(JsonGenerator json, String name, @Nullable String value) throws IOException {
        if (value == null || value.isEmpty()) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
