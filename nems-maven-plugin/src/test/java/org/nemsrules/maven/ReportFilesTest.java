package org.nemsrules.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.JunitReportWriter;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;
import org.nemsrules.report.RunInputs;

class ReportFilesTest {
    @Test
    void formatsComeAsAListOrCommaSeparatedInOrderWithoutRepeats() {
        assertEquals(
                List.of(ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.TEXT),
                List.copyOf(ReportFiles.parse(List.of("sarif, junit", "TEXT", "sarif", " "))));
        assertTrue(ReportFiles.parse(List.of()).isEmpty());
    }

    @Test
    void anUnknownFormatIsNamedWithTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReportFiles.parse(List.of("sarif,checkstyle")));
        assertTrue(
                e.getMessage().startsWith("reportFormats 'checkstyle' is not one of text, json, sarif, junit"),
                e.getMessage());
    }

    @Test
    void everyFormatHasAFileOfItsOwnAndJunitIsNamedAsSurefireNamesItsReports() {
        Set<String> names = new HashSet<>();
        for (ReportFormat format : ReportFormat.values()) {
            assertTrue(names.add(ReportFiles.fileName(format)), format + " shares a file name");
        }
        assertEquals("TEST-nems-check.xml", ReportFiles.fileName(ReportFormat.JUNIT));
        assertEquals("nems-check.sarif", ReportFiles.fileName(ReportFormat.SARIF));
    }

    @Test
    void theJunitFileCountsWarningsAsFailuresOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Finding warning = new Finding(
                "recording.no-request",
                Severity.WARNING,
                "the file holds no request",
                new Location("comment-only.http", -1, 0, null, ""),
                "",
                null,
                null);
        Report report =
                new Report(List.of(new FileResult("comment-only.http", List.of(), List.of(warning))), List.of());

        String passed = Files.readString(ReportFiles.write(
                        report,
                        Set.of(ReportFormat.JUNIT),
                        dir.resolve("pass"),
                        dir,
                        Redactor.DEFAULT,
                        JunitReportWriter.Warnings.PASS)
                .get(0));
        String failed = Files.readString(ReportFiles.write(
                        report,
                        Set.of(ReportFormat.JUNIT),
                        dir.resolve("fail"),
                        dir,
                        Redactor.DEFAULT,
                        JunitReportWriter.Warnings.FAIL)
                .get(0));

        assertTrue(passed.contains("failures=\"0\"") && !passed.contains("<failure"), passed);
        assertTrue(failed.contains("<testsuites name=\"nems-check\" tests=\"1\" failures=\"1\""), failed);
        assertTrue(failed.contains("<failure message=\"recording.no-request: the file holds no request\""), failed);
    }

    @Test
    void aReportDirectoryInsideASourceDirectoryIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/test/nems"));
        RunInputs inputs = RunInputs.of(FileScanner.defaults(), List.of(sources));
        Path inside = sources.resolve("reports");

        IOException e = assertThrows(
                IOException.class,
                () -> ReportFiles.refuseInputs(inputs, Map.of(inside.resolve("TEST-nems-check.xml"), "report file")));

        assertEquals(
                "report file " + inside.resolve("TEST-nems-check.xml") + " lies in the input directory " + sources
                        + " and would be read as a recording; inputs are never written: write it elsewhere, e.g. under "
                        + "target/, or add it to excludes",
                e.getMessage());
        ReportFiles.refuseInputs(
                inputs,
                Map.of(
                        inside.resolve("nems-check.sarif"),
                        "report file",
                        dir.resolve("target/nems-reports/nems-check.json"),
                        "report file"));
    }

    @Test
    void aBaselineThatIsARecordingOrTheConfigurationIsRefused(@TempDir Path dir) throws Exception {
        Path recording = Files.writeString(dir.resolve("read.http"), "GET /STU3/Subscription/1 HTTP/1.1\n");
        Path config = Files.writeString(dir.resolve("nems-rules.yaml"), "systems: []\n");
        RunInputs inputs =
                RunInputs.of(FileScanner.defaults(), List.of(recording)).and(config, "the configuration");

        IOException named =
                assertThrows(IOException.class, () -> ReportFiles.refuseInputs(inputs, Map.of(recording, "baseline")));
        IOException configuration =
                assertThrows(IOException.class, () -> ReportFiles.refuseInputs(inputs, Map.of(config, "baseline")));

        assertEquals(
                "baseline " + recording + " is the recording " + recording + ", which this run reads; inputs are "
                        + "never written: write it elsewhere, e.g. under target/",
                named.getMessage());
        assertTrue(configuration.getMessage().contains("is the configuration " + config), configuration.getMessage());
    }

    @Test
    void aFormatNoLongerAskedForLeavesNoReportOfAnEarlierRunAndOtherFilesAreLeftAlone(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("nems-reports");
        Report report = new Report(List.of(), List.of());
        ReportFiles.write(
                report,
                Set.of(ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.HTML),
                reports,
                dir,
                Redactor.DEFAULT,
                JunitReportWriter.Warnings.PASS);
        Path own = Files.writeString(reports.resolve("notes.txt"), "mine");
        Path lookAlike = Files.writeString(reports.resolve("nems-check.sarif.bak"), "mine too");

        List<Path> written = ReportFiles.write(
                report, Set.of(ReportFormat.JSON), reports, dir, Redactor.DEFAULT, JunitReportWriter.Warnings.PASS);

        assertEquals(List.of(reports.resolve("nems-check.json")), written);
        try (var listed = Files.list(reports)) {
            assertEquals(
                    Set.of(reports.resolve("nems-check.json"), own, lookAlike),
                    listed.collect(java.util.stream.Collectors.toSet()));
        }
        ReportFiles.write(report, Set.of(), reports, dir, Redactor.DEFAULT, JunitReportWriter.Warnings.PASS);
        assertFalse(Files.exists(reports.resolve("nems-check.json")), "no format asked for: none left");
        assertTrue(Files.exists(own));
    }
}
