package org.nemsrules.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The output formats, by the name users give on the command line and in the plugin. This enum is the one
 * list of formats: the command line's help, its error messages and the documentation's examples are all
 * derived from it.
 */
public enum ReportFormat {
    TEXT("text", "txt"),
    JSON("json", "json"),
    SARIF("sarif", "sarif"),
    JUNIT("junit", "xml"),
    OPERATION_OUTCOME("operation-outcome", "json"),
    GITHUB("github", "txt"),
    HTML("html", "html");

    private final String label;
    private final String extension;

    ReportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The name users give, e.g. {@code sarif} or {@code operation-outcome}. */
    public String label() {
        return label;
    }

    /** File extension for a report written in this format. */
    public String extension() {
        return extension;
    }

    /** Every label, in declaration order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }

    public static Optional<ReportFormat> fromLabel(String label) {
        for (ReportFormat f : values()) {
            if (f.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * A writer for this format; the HTML page quotes recordings read relative to the working directory, where
     * {@code NemsValidator} shows paths from by default.
     *
     * @param colour whether the text format may use ANSI colours (only on a terminal)
     */
    public ReportWriter writer(boolean colour) {
        return writer(colour, Path.of(""));
    }

    /**
     * A writer for this format.
     *
     * @param colour         whether the text format may use ANSI colours (only on a terminal)
     * @param baseDirectory  the directory the report's paths are relative to ({@code NemsValidator.Builder
     *                       .baseDirectory}), from which the HTML page reads the recordings it quotes
     */
    public ReportWriter writer(boolean colour, Path baseDirectory) {
        return writer(colour, baseDirectory, Redactor.DEFAULT);
    }

    /**
     * A writer for this format that redacts, with {@code redactor}, what it quotes from the recordings themselves
     * (the HTML page's excerpts). What comes from the report is redacted with {@link Report#redacted} before.
     */
    public ReportWriter writer(boolean colour, Path baseDirectory, Redactor redactor) {
        return writer(colour, baseDirectory, redactor, JunitReportWriter.Warnings.PASS);
    }

    /**
     * A writer for this format, as {@link #writer(boolean, Path, Redactor)}, with what a warning does to its test case
     * in the JUnit format (the other formats ignore it).
     */
    public ReportWriter writer(
            boolean colour, Path baseDirectory, Redactor redactor, JunitReportWriter.Warnings junitWarnings) {
        return switch (this) {
            case TEXT -> new TextReportWriter(colour);
            case JSON -> new JsonReportWriter(ToolInfo.current());
            case SARIF -> new SarifReportWriter(ToolInfo.current(), baseDirectory);
            case JUNIT -> new JunitReportWriter(junitWarnings);
            case OPERATION_OUTCOME -> new OperationOutcomeReportWriter(ToolInfo.current());
            case GITHUB -> new GithubAnnotationsWriter();
            case HTML -> new HtmlReportWriter(ToolInfo.current(), redactor, RecordingSource.under(baseDirectory));
        };
    }
}
