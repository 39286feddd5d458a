package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;

/**
 * A recording named (or holding values) to forge output: a line feed then a GitHub Actions workflow command, an
 * escape sequence for the terminal. No format may let either start a line or reach the reader raw.
 */
class ControlCharactersInReportsTest {
    /** The file's name, as a hostile repository may name a recording. */
    static final String FORGED = "x\n::error file=a,line=1::forged\r\n::add-mask::secret\u001B[31m\u001B]0;title\u0007"
            + "\u009B2J\u2028\u202Eevil.http";
    /** The same, as the human-readable formats must show it. */
    static final String SHOWN = "x\\n::error file=a,line=1::forged\\r\\n::add-mask::secret\\u001B[31m\\u001B]0;title"
            + "\\u0007\\u009B2J\\u2028\\u202Eevil.http";

    static Report forged() {
        Finding error = new Finding(
                "header.interaction-id",
                Severity.ERROR,
                "value 'a\n::warning::b\u001B[2J' is odd",
                new Location(FORGED, 0, 2, null, "header:InteractionID"),
                "R-HDR-03",
                400,
                "MISSING_OR_INVALID_HEADER");
        Finding warning = new Finding(
                "header.interaction-id",
                Severity.WARNING,
                "value '\r::notice::c' is odd",
                new Location(FORGED, 0, 3, null, "header:InteractionID"),
                "R-HDR-03",
                null,
                null);
        return new Report(
                List.of(new FileResult(FORGED, List.of("GET /x\n::error::y (line 1)"), List.of(error, warning))),
                List.of(Reports.INTERACTION_ID),
                List.of("note\n::notice::n\u001B[0m"),
                Optional.empty());
    }

    /** Each line a reader or a runner could split the output into, by any line break it knows. */
    static List<String> lines(String out) {
        return List.of(out.split("\r\n|[\n\r\u0085\u2028\u2029]", -1));
    }

    /** The github format's own notice for the forged report's note: one line, its line feed escaped. */
    static final String NOTE_NOTICE = "::notice::note%0A::notice::n\uFFFD[0m";

    static void assertNothingForged(String label, String out, boolean commandsAllowed) {
        for (String line : lines(out)) {
            boolean annotation =
                    commandsAllowed && (line.matches("::(error|warning|notice) file=.*") || line.equals(NOTE_NOTICE));
            assertFalse(line.startsWith("::") && !annotation, label + ": a line starts a workflow command: " + line);
            assertFalse(line.stripLeading().startsWith("::") && !annotation, label + ": " + line);
        }
        for (char c : out.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                    || (c >= 0x7F && c <= 0x9F)
                    || c == 0x2028
                    || c == 0x2029
                    || c == 0x202E;
            assertFalse(control, label + ": holds U+" + String.format("%04X", (int) c));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noFormatLetsARecordingStartALineOrSendAnEscape(ReportFormat format) {
        RecordingSource source =
                path -> path.equals(FORGED) ? List.of("GET /x HTTP/1.1", "X: \u001B[2J\u0007", "") : List.of();
        ReportWriter writer = format == ReportFormat.HTML
                ? new HtmlReportWriter(Reports.TOOL, Redactor.DEFAULT, source)
                : format.writer(false, Path.of(""), Redactor.DEFAULT);

        String out = Reports.write(writer, forged().redacted(Redactor.DEFAULT));

        assertNothingForged(format.label(), out, format == ReportFormat.GITHUB);
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"TEXT", "JUNIT", "HTML"})
    void theHumanReadableFormatsShowTheControlCharactersAsEscapes(ReportFormat format) {
        String out = Reports.write(format.writer(false, Path.of(""), Redactor.DEFAULT), forged());

        assertTrue(out.contains(SHOWN), format.label() + ":\n" + out);
        String message = "value 'a\\n::warning::b\\u001B[2J' is odd";
        assertTrue(
                out.contains(format == ReportFormat.HTML ? HtmlReportWriter.escape(message) : message),
                format.label() + ":\n" + out);
    }

    @Test
    void theTextFormatNamesTheFileAsEscaped() {
        List<String> lines =
                Reports.write(new TextReportWriter(false), forged()).lines().toList();

        assertEquals(SHOWN, lines.get(0));
        assertEquals(
                "  " + SHOWN + ":2: error header.interaction-id value 'a\\n::warning::b\\u001B[2J' is odd [R-HDR-03]",
                lines.get(1));
        assertEquals("note: note\\n::notice::n\\u001B[0m", lines.get(4));
    }

    @Test
    void escapesAreVisibleAndTabsAreKept() {
        assertEquals(
                "a\\nb\\rc\\u001B[2J\\u0000\\u007F\\u0085\\u2029\\u2066d\te",
                PrintableText.escape("a\nb\rc\u001B[2J\u0000\u007F\u0085\u2029\u2066d\te"));
        assertEquals("plain é 漢字 \uD83D\uDE00", PrintableText.escape("plain é 漢字 \uD83D\uDE00"));
    }
}
