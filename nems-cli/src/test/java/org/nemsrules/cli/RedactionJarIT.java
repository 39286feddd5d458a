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

/** What the jar shows of NHS numbers and tokens quoted by findings: masked and cut by default, numbers with --no-redact. */
class RedactionJarIT {
    private static final String JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0"
            + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiI5NDM0NzY1OTE5In0.";
    /**
     * Two requests whose findings quote an NHS number (unspaced and spaced) and a whole JWT. The number is cited by
     * no rule's description (SARIF carries those), so that every occurrence comes from the recording.
     */
    private static final String RECORDING = String.join("\n",
            "GET https://clinicals.spineservices.nhs.uk/STU3/Patient/4010232137 HTTP/1.1",
            "InteractionID: 401 023 2137",
            "",
            "###",
            "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/" + JWT + " HTTP/1.1",
            "InteractionID: " + JWT,
            "");

    private static Path recording(Path dir) throws Exception {
        Path file = dir.resolve("patient.http");
        Files.writeString(file, RECORDING);
        return file;
    }

    @Test
    void byDefaultEveryFormatMasksNhsNumbersAndCutsTokens(@TempDir Path dir) throws Exception {
        recording(dir);
        for (ReportFormat format : ReportFormat.values()) {
            Run run = NemsCheckJarIT.run(dir, "--format", format.label(), "patient.http");
            assertEquals(1, run.exit(), format.label() + ": " + run.err());
            String out = run.out();
            assertFalse(out.contains(JWT), format.label() + ":\n" + out);
            assertFalse(out.contains("4010232137"), format.label() + ":\n" + out);
            assertFalse(out.contains("401 023 2137"), format.label() + ":\n" + out);
            assertTrue(out.contains("401****137"), format.label() + ":\n" + out);
            assertTrue(out.contains("characters, redacted]"), format.label() + ":\n" + out);
        }
    }

    @Test
    void aReportWrittenToAFileIsRedactedToo(@TempDir Path dir) throws Exception {
        recording(dir);
        Path report = dir.resolve("nems.sarif");
        Run run = NemsCheckJarIT.run(dir, "--format", "sarif", "-o", report.toString(), "patient.http");
        assertEquals(1, run.exit(), run.err());
        String sarif = Files.readString(report);
        assertFalse(sarif.contains(JWT) || sarif.contains("4010232137"), sarif);
        assertTrue(sarif.contains("401****137"), sarif);
    }

    @Test
    void noRedactShowsNhsNumbersButNeverAWholeToken(@TempDir Path dir) throws Exception {
        recording(dir);
        for (String format : List.of("text", "junit", "operation-outcome")) {
            Run run = NemsCheckJarIT.run(dir, "--no-redact", "--format", format, "patient.http");
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.out().contains("4010232137"), format + ":\n" + run.out());
            assertTrue(run.out().contains("401 023 2137"), format + ":\n" + run.out());
            assertFalse(run.out().contains("401****137"), format + ":\n" + run.out());
            assertFalse(run.out().contains(JWT), format + ":\n" + run.out());
        }
    }

    @Test
    void helpSaysWhyRedactionIsOnByDefault(@TempDir Path dir) throws Exception {
        String help = NemsCheckJarIT.run(dir, "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--no-redact"), help);
        assertTrue(help.contains("943****919") && help.contains("uploaded"), help);
        assertTrue(help.contains("A whole JWT is never shown"), help);
    }
}
