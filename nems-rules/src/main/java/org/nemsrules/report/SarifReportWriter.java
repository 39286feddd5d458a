package org.nemsrules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * SARIF 2.1.0, in the shape GitHub code scanning accepts: every rule described in
 * {@code tool.driver.rules}, every result with a message, one physical location with a relative
 * URI and a 1-based start line, and a partial fingerprint that does not change when lines move.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** Fingerprint key; the version changes if ever the recipe does, so old alerts are not mismatched. */
    static final String FINGERPRINT = "nemsFinding/v3";

    private final ToolInfo tool;
    private final Optional<Path> sourceRoot;

    /** A writer whose {@code %SRCROOT%} is left for the reader of the report to supply. */
    public SarifReportWriter(ToolInfo tool) {
        this(tool, Optional.empty());
    }

    /**
     * A writer that says where {@code %SRCROOT%}, the base of every result's relative path, is: the directory the
     * report's paths are relative to ({@code NemsValidator.Builder.baseDirectory}), the root of a multi-module
     * build for the Maven plugin. A consumer that knows the checkout (GitHub code scanning) can then place results
     * even when that directory is not the repository's root.
     */
    public SarifReportWriter(ToolInfo tool, Path sourceRoot) {
        this(tool, Optional.of(sourceRoot));
    }

    private SarifReportWriter(ToolInfo tool, Optional<Path> sourceRoot) {
        this.tool = tool;
        this.sourceRoot = sourceRoot.map(root -> root.toAbsolutePath().normalize());
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<RuleMetadata> rules = report.rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setCharacterEscapes(JsonControlEscapes.INSTANCE);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            driver(json, rules);
            sourceRoot(json);
            json.writeArrayFieldStart("results");
            for (FileResult file : report.files()) {
                Map<String, Integer> occurrences = new HashMap<>();
                for (Finding f : file.findings()) {
                    String fingerprint = f.fingerprint();
                    int occurrence = occurrences.merge(fingerprint, 1, Integer::sum);
                    result(json, f, ruleIndex.get(f.ruleId()), fingerprint + ":" + occurrence);
                }
            }
            json.writeEndArray();
            invocation(json, report);
            if (report.baseline().isPresent()) {
                baselineProperties(json, report.baseline().get());
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private void driver(JsonGenerator json, List<RuleMetadata> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", tool.name());
        json.writeStringField("version", tool.version());
        json.writeStringField("informationUri", tool.docsUrl());
        json.writeArrayFieldStart("rules");
        for (RuleMetadata rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.title());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", rule.description());
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", rule.fix() + requirements(rule));
            json.writeEndObject();
            json.writeStringField("helpUri", tool.ruleHelpUri(rule.id()));
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            if (!rule.enabledByDefault()) {
                json.writeBooleanField("enabled", false);
            }
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeArrayFieldStart("tags");
            json.writeString(rule.category());
            json.writeEndArray();
            json.writeArrayFieldStart("requirements");
            for (String requirement : rule.requirements()) {
                json.writeString(requirement);
            }
            json.writeEndArray();
            if (rule.httpStatus() != null) {
                json.writeNumberField("httpStatus", rule.httpStatus());
                if (rule.spineCode() != null) {
                    json.writeStringField("spineCode", rule.spineCode());
                }
                json.writeBooleanField("answerInferred", rule.answerInferred());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** {@code originalUriBaseIds}: {@code %SRCROOT%} as an absolute {@code file:} URI ending in a slash (SARIF 3.14.14). */
    private void sourceRoot(JsonGenerator json) throws IOException {
        if (sourceRoot.isEmpty()) {
            return;
        }
        String uri = sourceRoot.get().toUri().toASCIIString();
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SOURCE_ROOT);
        json.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
        json.writeObjectFieldStart("description");
        json.writeStringField("text", "The directory every result's path is relative to.");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String requirements(RuleMetadata rule) {
        return rule.requirements().isEmpty() ? "" : " Requirements: " + String.join(", ", rule.requirements()) + ".";
    }

    /**
     * The one invocation of the tool: the report is only written by a run that completed, so it succeeded (SARIF
     * 3.20.14: finding results is not a failure). The run's notes are its notifications, at level {@code note}.
     */
    private static void invocation(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        if (!report.notes().isEmpty()) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (String note : report.notes()) {
                json.writeStartObject();
                json.writeStringField("level", "note");
                json.writeObjectFieldStart("message");
                json.writeStringField("text", note);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    /** How many findings the baseline accepted, and how many of its entries matched nothing. */
    private static void baselineProperties(JsonGenerator json, BaselineSummary baseline) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeNumberField("baselined", baseline.baselined());
        json.writeNumberField("staleBaselineEntries", baseline.stale());
        json.writeEndObject();
    }

    /**
     * The partial fingerprint is {@link Finding#fingerprint()} with the occurrence of that fingerprint in the file
     * ({@code :1}, {@code :2}), as GitHub numbers its own line hashes: identical findings on two requests of a file
     * stay two alerts.
     */
    private static void result(JsonGenerator json, Finding f, @Nullable Integer ruleIndex, String fingerprint)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(f.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", relativeUri(f.location().file()));
        json.writeStringField("uriBaseId", SOURCE_ROOT);
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        // GitHub needs a start line; a finding about the whole file points at its first line.
        json.writeNumberField("startLine", Math.max(1, f.location().line()));
        if (f.location().column() != null && f.location().column() > 0) {
            json.writeNumberField("startColumn", f.location().column());
        }
        json.writeEndObject();
        json.writeEndObject();
        if (!f.location().path().isEmpty()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", f.location().path());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        if (!f.requirement().isEmpty()) {
            json.writeStringField("requirement", f.requirement());
        }
        if (f.httpStatus() != null) {
            json.writeNumberField("httpStatus", f.httpStatus());
        }
        if (f.spineCode() != null) {
            json.writeStringField("spineCode", f.spineCode());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    static String relativeUri(String path) {
        String slashed = path.replace('\\', '/');
        int colon = slashed.indexOf(':');
        if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
            // A colon in the first segment would read as a scheme (RFC 3986, 4.2): keep it relative.
            slashed = "./" + slashed;
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed.replace(" ", "%20");
        }
    }
}
