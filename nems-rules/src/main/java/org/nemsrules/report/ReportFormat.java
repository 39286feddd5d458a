package org.nemsrules.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats, by the name users give on the command line and in the plugin. */
public enum ReportFormat {
    TEXT("txt"), JSON("json"), SARIF("sarif"), JUNIT("xml");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** Lower-case name, e.g. {@code sarif}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** File extension for a report written in this format. */
    public String extension() {
        return extension;
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
     * A writer for this format.
     *
     * @param colour whether the text format may use ANSI colours (only on a terminal)
     */
    public ReportWriter writer(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReportWriter(colour);
            case JSON -> new JsonReportWriter(ToolInfo.current());
            case SARIF -> new SarifReportWriter(ToolInfo.current());
            case JUNIT -> new JunitReportWriter();
        };
    }
}
