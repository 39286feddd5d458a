package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;
import org.nemsrules.report.ReportFormat;

/**
 * Several reports from one run of the jar ({@code --format sarif=r.sarif --format junit=r.xml --format text}), so
 * that CI starts one JVM rather than one per format; what JUnit XML does with warnings; and the one line a mistyped
 * option gets.
 */
class ReportOutputsJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void recordings() throws Exception {
        // One error (PUT) and one warning (a file without a request).
        Files.copy(SAMPLES.resolve("invalid/update-put.http"), dir.resolve("put.http"));
        Files.copy(SAMPLES.resolve("invalid/comment-only.http"), dir.resolve("comment-only.http"));
    }

    private Run run(String... args) throws Exception {
        return NemsCheckJarIT.run(dir, args);
    }

    private static void assertOneLineError(Run run, String expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(List.of("nems-check: " + expected), run.err().lines().toList());
    }

    private String read(String file) throws Exception {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void severalFormatsInOneRunWriteEachReportAsARunOfItsOwnWould() throws Exception {
        Run all = run(
                "--format",
                "sarif=out/r.sarif",
                "--format",
                "junit=out/TEST-r.xml",
                "--format",
                "json=r.json",
                "--format",
                "text",
                "put.http",
                "comment-only.http");

        assertEquals(1, all.exit(), all.err());
        assertEquals("", all.err());
        assertTrue(all.out().contains("put.http:3: error http.unsupported-method"), all.out());
        for (String[] alone :
                List.of(new String[] {"sarif", "out/r.sarif"}, new String[] {"junit", "out/TEST-r.xml"}, new String[] {
                    "json", "r.json"
                })) {
            Run single = run("--format", alone[0], "put.http", "comment-only.http");
            assertEquals(single.out(), read(alone[1]), alone[0] + " written beside other formats, as alone");
        }
        assertEquals(run("put.http", "comment-only.http").out(), all.out(), "text, to stdout, as alone");
    }

    @Test
    void aFormatWithoutAFileGoesToOAsItAlwaysDidAndStdoutStaysEmpty() throws Exception {
        Run alone = run("--format", "json", "-o", "r.json", "put.http");
        assertEquals(1, alone.exit(), alone.err());
        assertEquals("", alone.out());
        JsonNode json = JSON.readTree(read("r.json"));
        assertEquals("put.http", json.get("files").get(0).get("path").textValue());

        Run both = run("--format", "sarif=r.sarif", "--format", "json", "-o", "both.json", "put.http");
        assertEquals(1, both.exit(), both.err());
        assertEquals("", both.out());
        assertEquals(read("r.json"), read("both.json"));
        assertEquals("2.1.0", JSON.readTree(read("r.sarif")).get("version").textValue());
    }

    @Test
    void onlyFormatsWithAFileWriteNothingToStdout() throws Exception {
        Run run = run("--format", "github=r.txt", "put.http");

        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(
                read("r.txt").startsWith("::error file=put.http,line=3,title=http.unsupported-method::"),
                read("r.txt"));
    }

    @Test
    void twoFormatsWithoutAFileAreAUsageErrorAndNothingIsWritten() throws Exception {
        assertOneLineError(
                run("--format", "sarif=r.sarif", "--format", "text", "--format", "json", "put.http"),
                "--format text and --format json would both write to stdout; name a file for all but one, "
                        + "e.g. --format json=FILE");
        assertOneLineError(
                run("--format", "text", "--format", "json", "-o", "r.json", "put.http"),
                "--format text and --format json would both write to -o r.json; name a file for all but one, "
                        + "e.g. --format json=FILE");
        assertFalse(Files.exists(dir.resolve("r.sarif")), "a usage error writes nothing");
        assertFalse(Files.exists(dir.resolve("r.json")), "a usage error writes nothing");
    }

    @Test
    void twoFormatsToOneFileAreAUsageError() throws Exception {
        assertOneLineError(
                run("--format", "sarif=r.out", "--format", "json=r.out", "put.http"),
                "--format json=r.out: is also another output of this run; name two files");
        assertOneLineError(
                run("--format", "sarif=r.json", "--format", "json", "-o", "./r.json", "put.http"),
                "-o ./r.json: is also another output of this run; name two files");
        assertFalse(Files.exists(dir.resolve("r.out")));
        assertFalse(Files.exists(dir.resolve("r.json")));
    }

    @Test
    void oIsAUsageErrorWhenEveryFormatNamesItsOwnFile() throws Exception {
        assertOneLineError(
                run("--format", "sarif=r.sarif", "-o", "r.json", "put.http"),
                "-o r.json: every --format names its own file, so nothing would be written to it; drop -o, or "
                        + "give one --format without =FILE");
    }

    @Test
    void aFormatsFileIsHeldToTheRulesOfEveryOutput() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("put.http"));

        assertOneLineError(
                run("--format", "json=r.json", "--format", "sarif=put.http", "put.http"),
                "--format sarif=put.http: is the recording put.http, which this run reads; inputs are never written: "
                        + "write it elsewhere, e.g. under target/");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("put.http")));
        assertFalse(Files.exists(dir.resolve("r.json")), "checked before anything is written");

        Files.createDirectories(dir.resolve("reports"));
        assertOneLineError(run("--format", "sarif=reports", "put.http"), "--format sarif=reports: is a directory");
    }

    @Test
    void aMistypedFormatOrAMissingFileIsAOneLineUsageError() throws Exception {
        Run unknown = run("--format", "sarif=r.sarif", "--format", "pdf=r.pdf", "put.http");
        assertEquals(2, unknown.exit());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("nems-check: "), unknown.err());
        assertTrue(
                unknown.err().contains("'pdf' is not one of " + String.join(", ", ReportFormat.labels())),
                unknown.err());

        Run noFile = run("--format", "sarif=", "put.http");
        assertEquals(2, noFile.exit());
        assertTrue(noFile.err().contains("'sarif=' names no file after '='"), noFile.err());
        assertFalse(Files.exists(dir.resolve("r.sarif")));
    }

    @Test
    void junitWarningsPassByDefaultAndFailWhenAskedTo() throws Exception {
        String passed = run("--format", "junit", "comment-only.http").out();
        assertTrue(passed.contains("failures=\"0\""), passed);
        assertTrue(passed.contains("<system-out>comment-only.http: warning recording.no-request"), passed);

        Run failed = run("--format", "junit", "--junit-warnings-as-failures", "comment-only.http");
        assertEquals(0, failed.exit(), "the exit code still follows --fail-on: " + failed.err());
        assertTrue(failed.out().contains("<testsuites name=\"nems-check\" tests=\"1\" failures=\"1\""), failed.out());
        assertTrue(failed.out().contains("<failure message=\"recording.no-request: "), failed.out());
        assertTrue(failed.out().contains("type=\"recording.no-request\""), failed.out());
    }

    @Test
    void junitWarningsAsFailuresWithoutAJunitReportIsAUsageError() throws Exception {
        assertOneLineError(
                run("--format", "sarif", "--junit-warnings-as-failures", "put.http"),
                "--junit-warnings-as-failures changes only the JUnit report; add --format junit or junit=FILE");
    }

    @Test
    void aMistypedOptionIsOneLineThatSaysWhichOptionWasMeant() throws Exception {
        assertOneLineError(
                run("--formt", "json", "put.http"),
                "Unknown option: '--formt'; did you mean '--format'? (nems-check --help lists every option)");
        // A transposition, which picocli's own suggestions miss.
        assertOneLineError(
                run("--fromat", "json", "put.http"),
                "Unknown option: '--fromat'; did you mean '--format'? (nems-check --help lists every option)");
        assertOneLineError(
                run("--junit-warnings-as-failure", "put.http"),
                "Unknown option: "
                        + "'--junit-warnings-as-failure'; did you mean '--junit-warnings-as-failures'? (nems-check --help lists "
                        + "every option)");
        assertOneLineError(
                run("--frobnicate", "put.http"),
                "Unknown option: '--frobnicate' (nems-check --help lists every option)");
    }

    @Test
    void theRunsNotesReachEveryFormatWrittenInOneRun() throws Exception {
        Run run = run(
                "--format",
                "text=r.txt",
                "--format",
                "json=r.json",
                "--format",
                "sarif=r.sarif",
                "--format",
                "junit=r.xml",
                "--format",
                "github=r.github",
                "--format",
                "operation-outcome=r.oo.json",
                "--format",
                "html=r.html",
                "put.http");

        assertEquals(1, run.exit(), run.err());
        String note = "no supplier configuration (nems-rules.yaml) was given, so 5 checks were not possible";
        for (String file : List.of("r.txt", "r.json", "r.sarif", "r.xml", "r.github", "r.oo.json", "r.html")) {
            assertTrue(read(file).contains(note), file + ":\n" + read(file));
        }
        assertTrue(read("r.github").lines().anyMatch(l -> l.startsWith("::notice::" + note)), read("r.github"));
        assertEquals(
                note,
                JSON.readTree(read("r.json")).get("notes").get(0).textValue().substring(0, note.length()));
        JsonNode invocation = JSON.readTree(read("r.sarif"))
                .get("runs")
                .get(0)
                .get("invocations")
                .get(0);
        assertTrue(invocation.get("executionSuccessful").booleanValue());
        assertEquals(
                "note",
                invocation.get("toolExecutionNotifications").get(0).get("level").textValue());
    }
}
