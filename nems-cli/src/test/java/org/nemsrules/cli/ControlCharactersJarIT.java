package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;
import org.nemsrules.report.ReportFormat;

/**
 * A recording named to forge output: a line feed, then GitHub Actions workflow commands ({@code ::error},
 * {@code ::add-mask::}), then terminal escape sequences. Whatever the format, and on stderr, no line the jar writes
 * starts a workflow command (but the {@code github} format's own annotations) and no escape reaches the reader.
 */
class ControlCharactersJarIT {
    static final String NAME =
            "x\n::error file=a,line=1::forged\r\n::add-mask::secret\u001B[31mred\u001B]0;title\u0007.http";
    static final String SHOWN =
            "x\\n::error file=a,line=1::forged\\r\\n::add-mask::secret\\u001B[31mred\\u001B]0;title" + "\\u0007.http";
    /** A request NEMS refuses, whose header quotes a C1 control (CSI) and an escape sequence back to the report. */
    static final String RECORDING = "PUT https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n"
            + "InteractionID: urn:x\u009B2J\u001B[2J\n\n";

    static void assertNothingForged(String label, String output, boolean annotations) {
        for (String line : output.split("\r\n|[\n\r\u0085\u2028\u2029]", -1)) {
            // The github format's own notice for the run's note (the test's directory has no configuration).
            boolean annotation = annotations
                    && (line.matches("::(error|warning|notice) file=.*")
                            || line.startsWith("::notice::no supplier configuration (nems-rules.yaml) was given"));
            assertFalse(
                    line.stripLeading().startsWith("::") && !annotation,
                    label + ": a line starts a workflow command: " + line);
        }
        for (char c : output.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            assertFalse(control, label + ": writes U+" + String.format("%04X", (int) c));
        }
    }

    @Test
    void noFormatLetsTheNameOfARecordingStartALineOrSendAnEscape(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(NAME), RECORDING);

        EveryFormatRun run = EveryFormatRun.run(dir, EveryFormatRun.ALL, ".");

        assertEquals(1, run.exit(), run.err());
        assertNothingForged("stderr", run.err(), false);
        for (ReportFormat format : EveryFormatRun.ALL) {
            String out = run.reports().get(format);
            assertNothingForged(format.label(), out, format == ReportFormat.GITHUB);
            if (List.of(ReportFormat.TEXT, ReportFormat.JUNIT, ReportFormat.HTML)
                    .contains(format)) {
                assertTrue(out.contains(SHOWN), format.label() + ":\n" + out);
            }
        }
    }

    @Test
    void theTextReportShowsTheNameAsEscapesOnTheLinesOfItsFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(NAME), RECORDING);

        List<String> lines = NemsCheckJarIT.run(dir, ".").out().lines().toList();

        assertEquals(SHOWN, lines.get(0));
        assertTrue(lines.get(1).startsWith("  " + SHOWN + ":1: error "), lines.get(1));
    }

    @Test
    void errorsOnStderrShowAPathAsEscapes(@TempDir Path dir) throws Exception {
        Run missing = NemsCheckJarIT.run(dir, "missing\n::error::forged\u001B[2J.http");
        Run baseline = NemsCheckJarIT.run(dir, "--baseline", "base\n::add-mask::x\u001B[2J.txt", ".");

        for (Run run : List.of(missing, baseline)) {
            assertEquals(2, run.exit(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertNothingForged("stderr", run.err(), false);
        }
        assertTrue(missing.err().contains("missing\\n::error::forged\\u001B[2J.http: no such file"), missing.err());
        assertTrue(
                baseline.err().contains("--baseline base\\n::add-mask::x\\u001B[2J.txt: no such file"), baseline.err());
    }

    @Test
    void writingABaselineNamedWithALineFeedSaysSoOnOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("put.http"), RECORDING);

        Run run = NemsCheckJarIT.run(dir, "--write-baseline", "base\n::error::forged.txt", "put.http");

        assertEquals(0, run.exit(), run.err());
        assertNothingForged("stderr", run.err(), false);
        assertTrue(run.err().startsWith("nems-check: wrote base\\n::error::forged.txt ("), run.err());
    }
}
