package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.ScanResult;
import org.nemsrules.recording.UnreadableDirectory;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;

/** How what a scan found becomes a report: unreadable directories as findings, and an empty scan said in a note. */
class ScanValidationTest {
    @TempDir
    Path dir;

    private NemsValidator validator() {
        return NemsValidator.builder().baseDirectory(dir).threads(1).build();
    }

    @Test
    void aDirectoryTheScanCouldNotReadIsAnUnreadableFileFindingOnThatDirectory() throws Exception {
        Files.writeString(dir.resolve("read.http"), "GET /STU3/Subscription/abc HTTP/1.1\n");
        ScanResult scan = new ScanResult(
                List.of(dir),
                FileScanner.DEFAULT_INCLUDES,
                List.of(dir.resolve("read.http")),
                List.of(new UnreadableDirectory(dir.resolve("private/recordings"), "permission denied")));

        Report report = validator().validate(scan);

        assertEquals(
                List.of("private/recordings", "read.http"),
                report.files().stream().map(FileResult::path).toList());
        List<Finding> findings = report.files().get(0).findings();
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("recording.unreadable-file", finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("the directory could not be read: permission denied", finding.message());
        assertEquals("private/recordings", finding.location().file());
        assertTrue(report.hasFindingsAtLeast(Severity.ERROR), "the run fails");
    }

    @Test
    void aScanThatFoundNothingGivesAReportWithoutFilesAndANoteThatSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/readme.md"), "# not a recording\n");

        Report report = validator().validate(List.of(dir.resolve("docs")));

        assertTrue(report.files().isEmpty());
        assertEquals(
                "nothing was checked: no recordings were found in '" + dir.resolve("docs") + "' (looked for "
                        + "**/*.http, **/*.har, **/*.xml, **/*.json)",
                report.notes().get(0));
    }

    @Test
    void aScanThatFoundSomethingHasNoSuchNote() throws Exception {
        Files.writeString(dir.resolve("read.http"), "GET /STU3/Subscription/abc HTTP/1.1\n");
        Report report = validator().validate(List.of(dir));
        assertEquals(1, report.files().size());
        assertTrue(
                report.notes().stream().noneMatch(n -> n.startsWith("nothing was checked")),
                report.notes().toString());
    }

    @Test
    void filesAWalkSkippedAsNotFhirResourcesAreCountedAndNamedInANote() throws Exception {
        Files.writeString(dir.resolve("read.http"), "GET /STU3/Subscription/abc HTTP/1.1\n");
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"client\"}");
        Files.createDirectories(dir.resolve("src/test/resources"));
        Files.writeString(dir.resolve("src/test/resources/logback-test.xml"), "<configuration/>");

        Report report = validator().validate(List.of(dir));

        assertEquals(
                List.of("read.http"),
                report.files().stream().map(FileResult::path).toList());
        assertEquals(
                "2 files skipped: not FHIR resources (a .json or .xml file found in a directory is read only "
                        + "when it starts like a FHIR resource; name the file to read it anyway): package.json, "
                        + "src/test/resources/logback-test.xml",
                report.notes().get(0));
    }

    @Test
    void theNoteNamesTenSkippedFilesAndCountsTheRest() throws Exception {
        Files.writeString(dir.resolve("read.http"), "GET /STU3/Subscription/abc HTTP/1.1\n");
        for (int i = 10; i < 35; i++) {
            Files.writeString(dir.resolve("data-" + i + ".json"), "[]");
        }

        String note = validator().validate(List.of(dir)).notes().get(0);

        assertTrue(note.startsWith("25 files skipped: not FHIR resources ("), note);
        assertTrue(note.endsWith("data-18.json, data-19.json and 15 more"), note);
    }
}
