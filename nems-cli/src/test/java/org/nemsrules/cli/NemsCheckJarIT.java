package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real runnable jar as a user would, and checks what a user and a CI job see. */
class NemsCheckJarIT {
    private static final Path JAR = Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    record Run(int exit, String out, String err) {}

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("nems-out", ".txt");
        Path err = Files.createTempFile("nems-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "nems-check did not finish within 60 s");
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"),
                "a user must never see a stack trace:\n" + run.err());
    }

    private static void assertOneLineError(Run run, String mentioning) {
        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "usage errors are one line on stderr: " + run.err());
        assertTrue(lines.get(0).startsWith("nems-check: "), lines.get(0));
        assertTrue(lines.get(0).contains(mentioning), lines.get(0) + " should mention " + mentioning);
    }

    @Test
    void validSamplesExitZero() throws Exception {
        Run run = run(SAMPLES, "valid");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("0 errors"), run.out());
        assertNoStackTrace(run);
    }

    @Test
    void invalidSamplesExitOneAndNameFileLineAndRule() throws Exception {
        Run run = run(SAMPLES, "invalid");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*invalid/\\S+:\\d+: error [a-z-]+\\.[a-z-]+ .+")),
                "expected 'file:line: error rule-id message' lines:\n" + run.out());
        assertNoStackTrace(run);
    }

    @Test
    void failOnNeverExitsZeroEvenWithErrors() throws Exception {
        assertEquals(0, run(SAMPLES, "--fail-on", "never", "invalid").exit());
    }

    @Test
    void failOnWarningCountsWarnings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("empty.http"), "# nothing recorded yet\n");
        assertEquals(0, run(dir, "empty.http").exit(), "a warning alone does not fail at --fail-on error");
        assertEquals(1, run(dir, "--fail-on", "warning", "empty.http").exit());
    }

    @Test
    void missingPathIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "no-such-dir"), "no-such-dir");
    }

    @Test
    void noPathIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir), "no PATH");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "--format", "pdf", "."), "pdf");
    }

    @Test
    void unknownOptionIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "--frobnicate", "."), "--frobnicate");
    }

    @Test
    void badFailOnIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "--fail-on", "fatal", "."), "fatal");
    }

    @Test
    void missingConfigIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "--config", "nems-rules.yaml", "."), "nems-rules.yaml");
    }

    @Test
    void anInvalidConfigurationExitsTwoWithOneLinePerProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("suppliers.yaml"), "systems:\n  - asid: 91899919873\n    organisations: [a99968]\n"
                + "environmnets: {}\n", StandardCharsets.UTF_8);
        Run run = run(dir, "--config", "suppliers.yaml", ".");
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(List.of(
                "suppliers.yaml:2: systems[0].asid: must be a 12-digit ASID in quotes, such as \"200000000205\"",
                "suppliers.yaml:3: systems[0].organisations[0]: must be an ODS code: 3 to 10 upper-case letters and "
                        + "digits, such as A83006",
                "suppliers.yaml:4: environmnets: unknown property 'environmnets'; did you mean 'environments'?"),
                run.err().lines().toList());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void theConfigurationInTheCurrentDirectoryIsUsedWhenNoneIsNamed(@TempDir Path dir) throws Exception {
        Files.copy(SAMPLES.resolve("valid/create-explicit.http"), dir.resolve("create.http"));
        Run without = run(dir, "create.http");
        assertEquals(0, without.exit(), without.out() + without.err());
        assertTrue(without.out().contains("note: no supplier configuration (nems-rules.yaml) was given, so 5 checks "
                + "were not possible: config.environment"), without.out());

        Files.writeString(dir.resolve("nems-rules.yaml"), "systems:\n  - asid: \"200000001145\"\n"
                + "    organisations: [RYX]\n", StandardCharsets.UTF_8);
        Run with = run(dir, "create.http");
        assertEquals(1, with.exit(), with.out() + with.err());
        assertTrue(with.out().contains("create.http:4: error config.unknown-system the fromASID header names ASID "
                + "'918999198738'"), with.out());
        assertFalse(with.out().contains("note: "), with.out());

        Files.writeString(dir.resolve("nems-rules.yaml"), "systems: {}\n", StandardCharsets.UTF_8);
        Run invalid = run(dir, "create.http");
        assertEquals(2, invalid.exit(), invalid.out() + invalid.err());
        assertEquals(List.of("nems-rules.yaml:1: systems: object found, array expected"), invalid.err().lines().toList());
    }

    @Test
    void theSampleConfigurationKeepsTheValidSamplesClean() throws Exception {
        Run run = run(SAMPLES, "--config", "nems-rules.yaml", "valid");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(run.out().contains("note: "), run.out());
    }

    @Test
    void badNowIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "--now", "yesterday", "."), "yesterday");
    }

    @Test
    void deepValidatesTheProfileOnlyWhenAskedAndStaysQuietOnStderr(@TempDir Path dir) throws Exception {
        String create = Files.readString(SAMPLES.resolve("valid/create-explicit.http"), StandardCharsets.UTF_8);
        // A contact period that ends before it starts breaks the STU3 invariant per-1, which only the profile
        // validator judges: no element rule looks at a contact's period.
        String broken = create.replace("    <use value=\"work\"/>\n", "    <use value=\"work\"/>\n    <period>\n"
                + "      <start value=\"2026-02-01\"/>\n      <end value=\"2026-01-01\"/>\n    </period>\n");
        assertTrue(!broken.equals(create), "the sample changed shape: update this test");
        Files.writeString(dir.resolve("create.http"), broken, StandardCharsets.UTF_8);

        Run standard = run(dir, "create.http");
        assertEquals(0, standard.exit(), standard.out() + standard.err());
        Run deep = run(dir, "--deep", "create.http");
        assertEquals(1, deep.exit(), deep.out() + deep.err());
        assertTrue(deep.out().lines().anyMatch(l -> l.contains("error subscription.profile EMS-Subscription-1: ")),
                deep.out());
        assertEquals("", deep.err(), "HAPI's logging must not reach the user");
        assertNoStackTrace(deep);
    }

    @Test
    void nowJudgesTokenExpiryOnlyWhenGiven() throws Exception {
        assertEquals(0, run(SAMPLES, "valid/read.http").exit(), "without --now the clock is not read");
        Run late = run(SAMPLES, "--now", "2036-01-01T00:00:00Z", "valid/read.http");
        assertEquals(1, late.exit(), late.out());
        assertTrue(late.out().contains("error jwt.token-expired"), late.out());
    }

    @Test
    void listRulesNamesEveryRuleWithSeverity(@TempDir Path dir) throws Exception {
        Run run = run(dir, "--list-rules");
        assertEquals(0, run.exit());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("http.unsupported-method") && l.contains("error")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("recording.no-request") && l.contains("warning")),
                run.out());
    }

    @Test
    void versionAndHelp(@TempDir Path dir) throws Exception {
        Run version = run(dir, "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("nems-check \\d+\\.\\d+\\.\\d+\\S*\\R"), version.out());
        Run help = run(dir, "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--fail-on") && help.out().contains("Exit codes"), help.out());
    }

    @Test
    void outputFileIsWrittenWholeAndStdoutStaysEmpty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("put.http"), "PUT /STU3/Subscription/abc HTTP/1.1\n");
        Path report = dir.resolve("reports/nems.sarif");
        Run run = run(dir, "--format", "sarif", "--output", report.toString(), "put.http");
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        String sarif = Files.readString(report);
        assertTrue(sarif.contains("\"version\" : \"2.1.0\"") && sarif.contains("http.unsupported-method"), sarif);
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertEquals(List.of(report), left.toList(), "no temporary file is left next to the report");
        }
    }

    @Test
    void everyFormatRendersTheSameFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("patch.http"), "PATCH /STU3/Subscription/abc HTTP/1.1\n");
        assertTrue(run(dir, "--format", "json", "patch.http").out().contains("\"rule\" : \"http.unsupported-method\""));
        assertTrue(run(dir, "--format", "junit", "patch.http").out().contains("type=\"http.unsupported-method\""));
        assertTrue(run(dir, "--format", "text", "patch.http").out().contains("patch.http:1: error http.unsupported-method"));
    }

    @Test
    void brokenInputsBecomeFindingsNotCrashes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("junk.http"), new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x0A, 0x7B});
        Files.writeString(dir.resolve("broken.har"), "{\"log\": {\"entries\": [");
        Files.writeString(dir.resolve("truncated.http"), "POST");
        byte[] before = Files.readAllBytes(dir.resolve("junk.http"));
        Run run = run(dir, ".");
        assertEquals(1, run.exit(), run.err());
        assertNoStackTrace(run);
        assertTrue(run.out().contains("junk.http:1: error recording.invalid-encoding"), run.out());
        assertTrue(run.out().contains("broken.har:1: error recording.malformed-har"), run.out());
        assertTrue(run.out().contains("truncated.http:1: error recording.malformed-request-line"), run.out());
        assertEquals(new String(before, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(dir.resolve("junk.http")), StandardCharsets.ISO_8859_1),
                "inputs are read only");
    }
}
