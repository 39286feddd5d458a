package org.nemsrules.report;

import java.io.IOException;
import java.io.Writer;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * Plain text for people and IDEs: findings grouped by file as {@code file:line: severity rule-id
 * message}, which terminals and IDEs turn into links, then one summary line. Colour only when
 * asked for (the command line asks only when writing to a terminal).
 */
public final class TextReportWriter implements ReportWriter {
    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    public TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            out.write(paint("\u001B[1m", printable(file.path())) + "\n");
            for (Finding f : file.findings()) {
                out.write("  " + printable(f.location().fileAndLine()) + ": "
                        + paint(colourOf(f.severity()), f.severity().label()) + " " + f.ruleId() + " "
                        + printable(f.message()) + printable(requirement(f)) + "\n");
            }
        }
        out.write(summary(report) + "\n");
        for (String note : report.notes()) {
            out.write("note: " + printable(note) + "\n");
        }
        out.flush();
    }

    /**
     * {@code 3 files, 5 requests: 2 errors, 1 warning, 0 infos}, and with a baseline
     * {@code (4 baselined, 1 stale baseline entry)}.
     */
    public static String summary(Report report) {
        return plural(report.files().size(), "file") + ", " + plural(report.interactionCount(), "request") + ": "
                + plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning")
                + ", " + plural(report.count(Severity.INFO), "info")
                + report.baseline()
                        .map(b -> " (" + b.baselined() + " baselined, "
                                + plural(b.stale(), "stale baseline entry", "stale baseline entries") + ")")
                        .orElse("");
    }

    /**
     * File names and messages come from recordings, which may hold control characters: a line feed must not start a
     * line of the recording's choosing (a CI log reads {@code ::error …} at the start of a line as a workflow
     * command), nor an escape sequence reach the user's terminal. They are shown escaped ({@link PrintableText}).
     */
    static String printable(String text) {
        return PrintableText.escape(text);
    }

    private static String requirement(Finding f) {
        return f.requirement().isEmpty() ? "" : " [" + f.requirement() + "]";
    }

    private static String plural(long n, String noun) {
        return plural(n, noun, noun + "s");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private String paint(String ansi, String text) {
        return colour ? ansi + text + RESET : text;
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }
}
