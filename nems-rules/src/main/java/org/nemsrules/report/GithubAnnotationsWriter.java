package org.nemsrules.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * GitHub Actions workflow commands, one line per finding, so that a step running {@code nems-check} puts
 * each finding inline on the pull request without an upload step:
 * {@code ::error file=invalid/update.http,line=4,title=http.unsupported-method::PUT is not supported… [R-HTTP-04]}.
 *
 * <p>The runner reads a command from one line of the log and splits its properties at {@code ,} and the
 * message at {@code ::}, so values are escaped as the Actions toolkit escapes them ({@code core/src/command.ts}):
 * in the message {@code %}, CR and LF become {@code %25}, {@code %0D} and {@code %0A}; in a property {@code :}
 * and {@code ,} also become {@code %3A} and {@code %2C}. Without that, a message quoting a recorded value with a
 * newline would end the annotation early and could start a workflow command of the recording's choosing.
 */
public final class GithubAnnotationsWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            for (Finding f : file.findings()) {
                out.write(annotation(f) + "\n");
            }
        }
        for (String note : report.notes()) {
            // No file: GitHub shows it on the run's summary, not on a line of the pull request.
            out.write("::notice::" + escapeData(note) + "\n");
        }
        // Not a command: the runner shows it in the log as it is.
        out.write(TextReportWriter.summary(report) + "\n");
        out.flush();
    }

    static String annotation(Finding f) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("file", f.location().file());
        // GitHub places an annotation only on a line; a finding about the whole file goes on its first.
        properties.put("line", Integer.toString(Math.max(1, f.location().line())));
        if (f.location().column() != null && f.location().column() > 0) {
            properties.put("col", Integer.toString(f.location().column()));
        }
        properties.put("title", f.ruleId());
        StringBuilder line =
                new StringBuilder("::").append(command(f.severity())).append(' ');
        String separator = "";
        for (Map.Entry<String, String> p : properties.entrySet()) {
            line.append(separator).append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
            separator = ",";
        }
        String requirement = f.requirement().isEmpty() ? "" : " [" + f.requirement() + "]";
        return line.append("::").append(escapeData(f.message() + requirement)).toString();
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message: {@code %} first, so that the escapes it introduces are not escaped again. */
    static String escapeData(String value) {
        return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * Other control characters have no escape in the protocol; an ANSI sequence from a hostile recording
     * must not reach the log viewer, so they become U+FFFD: those {@link PrintableText} escapes in the other
     * formats (C0 and C1 controls, line separators, bidirectional overrides). Tabs are harmless.
     */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(PrintableText.isUnsafe(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
