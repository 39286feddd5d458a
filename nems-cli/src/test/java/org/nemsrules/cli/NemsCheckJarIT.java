package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real runnable jar as a user would, and checks what a user and a CI job see. */
class NemsCheckJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    record Run(int exit, String out, String err) {}

    /**
     * Runs the jar's command as if started in {@code workDir}: in this JVM ({@link JarInThisJvm}), or in a JVM of its
     * own when the build is given {@code -Dnems.cli.jvmPerRun=true}.
     */
    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return Boolean.getBoolean("nems.cli.jvmPerRun")
                ? runInItsOwnJvm(workDir, args)
                : JarInThisJvm.run(workDir, args);
    }

    /** Runs {@code java -jar nems-check.jar args} in {@code workDir}: for what only a JVM of its own can show. */
    static Run runInItsOwnJvm(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = JavaCommand.javaJar();
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command).directory(workDir.toFile()));
    }

    /** Runs the process {@code builder} describes, with its output and error streams captured whole. */
    static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile("nems-out", ".txt");
        Path err = Files.createTempFile("nems-err", ".txt");
        try {
            Process p = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "nems-check did not finish within 60 s");
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(
                run.err().contains("\tat ") || run.err().contains("Exception in thread"),
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
        assertTrue(
                run.out().lines().anyMatch(l -> l.matches("\\s*invalid/\\S+:\\d+: error [a-z-]+\\.[a-z-]+ .+")),
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
        Files.writeString(
                dir.resolve("suppliers.yaml"),
                "systems:\n  - asid: 91899919873\n    organisations: [a99968]\n" + "environmnets: {}\n",
                StandardCharsets.UTF_8);
        Run run = run(dir, "--config", "suppliers.yaml", ".");
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of(
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
        assertTrue(
                without.out()
                        .contains("note: no supplier configuration (nems-rules.yaml) was given, so 5 checks "
                                + "were not possible: config.environment"),
                without.out());

        Files.writeString(
                dir.resolve("nems-rules.yaml"),
                "systems:\n  - asid: \"200000001145\"\n" + "    organisations: [RYX]\n",
                StandardCharsets.UTF_8);
        Run with = run(dir, "create.http");
        assertEquals(1, with.exit(), with.out() + with.err());
        assertTrue(
                with.out()
                        .contains("create.http:4: error config.unknown-system the fromASID header names ASID "
                                + "'918999198738'"),
                with.out());
        assertFalse(with.out().contains("note: "), with.out());

        Files.writeString(dir.resolve("nems-rules.yaml"), "systems: {}\n", StandardCharsets.UTF_8);
        Run invalid = run(dir, "create.http");
        assertEquals(2, invalid.exit(), invalid.out() + invalid.err());
        assertEquals(
                List.of("nems-rules.yaml:1: systems: object found, array expected"),
                invalid.err().lines().toList());
    }

    @Test
    void aConfigurationNextToTheInputsIsFoundAndItsBaselineIsUsed(@TempDir Path dir) throws Exception {
        Path recordings = dir.resolve("src/test/nems");
        Files.createDirectories(recordings);
        Files.copy(SAMPLES.resolve("valid/create-explicit.http"), recordings.resolve("create.http"));
        Files.writeString(
                recordings.resolve("nems-rules.yaml"),
                "systems:\n  - asid: \"200000001145\"\n" + "    organisations: [RYX]\nbaseline: nems-baseline.txt\n",
                StandardCharsets.UTF_8);

        Run first = run(dir, "--write-baseline", "src/test/nems/nems-baseline.txt", "src/test/nems");
        assertEquals(0, first.exit(), first.out() + first.err());
        Run later = run(dir, "src/test/nems");
        assertEquals(0, later.exit(), "the file's baseline accepts the unknown system: " + later.out() + later.err());
        assertTrue(later.out().contains(" baselined, 0 stale baseline entries)"), later.out());
        Files.delete(recordings.resolve("nems-baseline.txt"));
        Run named = run(dir, "src/test/nems");
        assertEquals(2, named.exit(), "a baseline the configuration names must exist: " + named.err());
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
        String broken = create.replace(
                "    <use value=\"work\"/>\n",
                "    <use value=\"work\"/>\n    <period>\n"
                        + "      <start value=\"2026-02-01\"/>\n      <end value=\"2026-01-01\"/>\n    </period>\n");
        assertTrue(!broken.equals(create), "the sample changed shape: update this test");
        Files.writeString(dir.resolve("create.http"), broken, StandardCharsets.UTF_8);

        Run standard = run(dir, "create.http");
        assertEquals(0, standard.exit(), standard.out() + standard.err());
        // Every format in one run: each says that deep validation ran, and on how many Subscriptions.
        // HAPI's validator takes seconds to start, many more on a loaded CI machine: more time than the usual 60 s.
        PipesAndDevicesJarIT.Run deep = HostileInputJarIT.run(
                dir,
                List.of(),
                0,
                240,
                "--deep",
                "--format",
                "text",
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
                "create.http");
        assertEquals(1, deep.exit(), deep.out() + deep.err());
        assertTrue(
                deep.out().lines().anyMatch(l -> l.contains("error subscription.profile EMS-Subscription-1: ")),
                deep.out());
        assertEquals("", deep.err(), "HAPI's logging must not reach the user");
        assertNoStackTrace(new Run(deep.exit(), deep.out(), deep.err()));
        String ran = "deep validation against EMS-Subscription-1 ran on 1 Subscription (HAPI FHIR ";
        assertTrue(deep.out().lines().anyMatch(l -> l.startsWith("note: " + ran)), deep.out());
        for (String report : List.of("r.json", "r.sarif", "r.xml", "r.github", "r.oo.json", "r.html")) {
            String written = Files.readString(dir.resolve(report), StandardCharsets.UTF_8);
            assertTrue(written.contains(ran), report + ":\n" + written);
        }
        assertFalse(standard.out().contains("deep validation"), "only a deep run speaks of it");
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
        assertTrue(
                run.out().lines().anyMatch(l -> l.startsWith("http.unsupported-method") && l.contains("error")),
                run.out());
        assertTrue(
                run.out().lines().anyMatch(l -> l.startsWith("recording.no-request") && l.contains("warning")),
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
        assertTrue(run(dir, "--format", "text", "patch.http")
                .out()
                .contains("patch.http:1: error http.unsupported-method"));
    }

    @Test
    void operationOutcomeFormatPredictsNemsAnswerToEachRequest(@TempDir Path dir) throws Exception {
        Files.copy(SAMPLES.resolve("valid/create-explicit.http"), dir.resolve("create.http"));
        Files.writeString(dir.resolve("put.http"), "PUT /STU3/Subscription/abc HTTP/1.1\n");
        Run run = run(dir, "--format", "operation-outcome", "create.http", "put.http");
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.err());

        JsonNode outcomes = new ObjectMapper().readTree(run.out()).get("outcomes");
        assertEquals(2, outcomes.size(), run.out());
        JsonNode create = outcomes.get(0);
        assertEquals("create.http", create.get("file").textValue());
        assertEquals(0, create.get("interaction").intValue());
        assertEquals("201 Created", create.get("status").textValue(), run.out());
        JsonNode put = outcomes.get(1);
        assertEquals(400, put.get("httpStatus").intValue(), run.out());
        OperationOutcome outcome = FhirContext.forDstu3Cached()
                .newJsonParser()
                .setParserErrorHandler(new StrictErrorHandler())
                .parseResource(
                        OperationOutcome.class, put.get("operationOutcome").toString());
        assertEquals(
                "BAD_REQUEST",
                outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode());
        assertEquals(
                "Bad request",
                outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getDisplay());
        assertTrue(
                outcome.getIssueFirstRep().getDiagnostics().contains("http.unsupported-method"),
                outcome.getIssueFirstRep().getDiagnostics());
        assertEquals("predicted", outcome.getMeta().getTagFirstRep().getCode());
    }

    @Test
    void githubFormatWritesOneAnnotationPerFinding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("patch.http"), "PATCH /STU3/Subscription/abc HTTP/1.1\n");
        Run run = run(dir, "--format", "github", "patch.http");
        assertEquals(1, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("::error file=patch.http,line=1,"
                                        + "title=http.unsupported-method::PATCH is not supported")
                                && l.endsWith(" [R-HTTP-04]")),
                run.out());
        assertTrue(
                lines.stream().filter(l -> l.startsWith("::")).count() == lines.size() - 1
                        && lines.get(lines.size() - 1).matches("1 file, 1 request: \\d+ errors?, .*"),
                run.out());
    }

    @Test
    void helpAndErrorsNameEveryFormat(@TempDir Path dir) throws Exception {
        String help = run(dir, "--help").out();
        Run unknown = run(dir, "--format", "pdf", ".");
        for (String format : List.of("text", "json", "sarif", "junit", "operation-outcome", "github", "html")) {
            assertTrue(help.contains(format), format + " missing from --help:\n" + help);
            assertTrue(unknown.err().contains(format), format + " missing from " + unknown.err());
        }
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
        assertEquals(
                new String(before, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(dir.resolve("junk.http")), StandardCharsets.ISO_8859_1),
                "inputs are read only");
    }

    @Test
    void enableTurnsOnARuleThatIsOffByDefault(@TempDir Path dir) throws Exception {
        String sample = Files.readString(SAMPLES.resolve("valid/subscription-explicit.xml"), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("subscription.xml"),
                OutsideTestRangeNhsNumber.intoExplicitSubscription(sample),
                StandardCharsets.UTF_8);
        Run standard = run(dir, "subscription.xml");
        assertEquals(0, standard.exit(), "the hygiene rule is off by default:\n" + standard.out());
        for (String selector : List.of("nhs-number.not-test-data", "nhs-number.*", "nhs-number")) {
            Run enabled = run(dir, "--enable", selector, "subscription.xml");
            assertEquals(1, enabled.exit(), selector + ":\n" + enabled.out() + enabled.err());
            assertTrue(
                    enabled.out()
                            .contains("subscription.xml:13: error nhs-number.not-test-data the NHS number "
                                    + OutsideTestRangeNhsNumber.masked()),
                    enabled.out());
        }
    }

    private static final String READ = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/"
            + "7f3c2a9e41d84b0b9c5e6a1d2f7b8c03 HTTP/1.1";

    @Test
    void aBaselineAcceptsTodaysFindingsReportsNewOnesAndIsNeverRewrittenUnlessAsked(@TempDir Path dir)
            throws Exception {
        Path recording = dir.resolve("rec/read.http");
        Files.createDirectories(recording.getParent());
        Files.writeString(recording, String.join("\n", READ, "Authorization: Bearer not-a-jwt", ""));

        Run written = run(dir, "--write-baseline", "nems-baseline.txt", "rec");
        assertEquals(0, written.exit(), written.out() + written.err());
        assertTrue(written.err().contains("wrote nems-baseline.txt ("), written.err());
        Path baseline = dir.resolve("nems-baseline.txt");
        List<String> entries = Files.readAllLines(baseline).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertFalse(entries.isEmpty());
        assertEquals(entries.stream().sorted().toList(), entries);
        assertTrue(entries.stream().allMatch(e -> e.startsWith("rec/read.http\t")), entries.toString());
        byte[] bytes = Files.readAllBytes(baseline);
        baseline.toFile().setReadOnly();
        var modified = Files.getLastModifiedTime(baseline);

        Run clean = run(dir, "--baseline", "nems-baseline.txt", "rec");
        assertEquals(0, clean.exit(), clean.out() + clean.err());
        assertTrue(
                clean.out()
                        .contains("0 errors, 0 warnings, 0 infos (" + entries.size()
                                + " baselined, 0 stale baseline entries)"),
                clean.out());

        // A request inserted above moves the accepted findings down a request and several lines.
        Files.writeString(
                recording,
                String.join(
                        "\n",
                        "# Recorded later.",
                        "PATCH /STU3/Subscription/abc HTTP/1.1",
                        "",
                        "###",
                        READ,
                        "Authorization: Bearer not-a-jwt",
                        ""));
        Run moved = run(dir, "--baseline", "nems-baseline.txt", "--format", "json", "rec");
        assertEquals(1, moved.exit(), moved.out() + moved.err());
        assertTrue(moved.out().contains("\"baselined\" : " + entries.size()), moved.out());
        assertTrue(moved.out().contains("\"staleBaselineEntries\" : 0"), moved.out());
        assertTrue(moved.out().contains("http.unsupported-method"), moved.out());
        assertFalse(moved.out().contains("jwt.malformed"), moved.out());

        Files.writeString(recording, String.join("\n", READ, ""));
        Run fixed = run(dir, "--baseline", "nems-baseline.txt", "--format", "sarif", "rec");
        assertTrue(fixed.out().contains("\"staleBaselineEntries\" : 1"), fixed.out());
        assertTrue(fixed.out().contains("\"baselined\" : " + (entries.size() - 1)), fixed.out());

        assertEquals(modified, Files.getLastModifiedTime(baseline), "a run with --baseline never writes it");
        assertArrayEquals(bytes, Files.readAllBytes(baseline));

        baseline.toFile().setWritable(true);
        Run updated = run(dir, "--baseline", "nems-baseline.txt", "--update-baseline", "rec");
        assertEquals(0, updated.exit(), updated.out() + updated.err());
        String rewritten = Files.readString(baseline);
        assertFalse(rewritten.contains("\tjwt.malformed\t"), rewritten);
        assertTrue(rewritten.contains("\tjwt.missing-authorization\t"), rewritten);
        Run again = run(dir, "--baseline", "nems-baseline.txt", "--update-baseline", "rec");
        assertTrue(again.err().contains("left unchanged nems-baseline.txt"), again.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(baseline, dir.resolve("rec")), left.sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void disableTurnsOffARuleOrACategory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("put.http"), "PUT /STU3/Subscription/abc HTTP/1.1\n");
        assertEquals(1, run(dir, "put.http").exit());
        Run rule = run(dir, "--disable", "http.unsupported-method", "put.http");
        assertFalse(rule.out().contains("http.unsupported-method"), rule.out());
        Run category = run(dir, "--disable", "http.*", "--disable", "jwt.*", "--disable", "header.*", "put.http");
        assertFalse(category.out().contains(" http.") || category.out().contains(" jwt."), category.out());
    }

    @Test
    void anEnabledRuleWinsOverItsDisabledCategory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("put.http"), "PUT /STU3/Subscription/abc HTTP/1.1\n");
        Run run = run(dir, "--disable", "http.*", "--enable", "http.unsupported-method", "put.http");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("put.http:1: error http.unsupported-method"), run.out());
    }

    @Test
    void unknownRuleIsAUsageErrorWithASuggestion(@TempDir Path dir) throws Exception {
        Run typo = run(dir, "--enable", "nhs-number.not-test-dat", ".");
        assertOneLineError(typo, "'nhs-number.not-test-dat' is not a rule id or category");
        assertTrue(typo.err().contains("did you mean 'nhs-number.not-test-data'?"), typo.err());
        Run category = run(dir, "--disable", "jtw.*", ".");
        assertOneLineError(category, "--disable 'jtw.*'");
        assertTrue(category.err().contains("did you mean 'jwt.*'?"), category.err());
        Run unrelated = run(dir, "--enable", "frobnicate", ".");
        assertOneLineError(unrelated, "'frobnicate' is not a rule id or category");
        assertTrue(unrelated.err().contains("--list-rules"), unrelated.err());
    }

    @Test
    void enablingAndDisablingTheSameSelectorIsAUsageError(@TempDir Path dir) throws Exception {
        assertOneLineError(run(dir, "--enable", "jwt.*", "--disable", "jwt", "."), "both enabled and disabled");
    }

    @Test
    void baselineMisuseIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("read.http"), READ + "\n");
        assertOneLineError(run(dir, "--update-baseline", "read.http"), "--update-baseline needs --baseline");
        assertOneLineError(run(dir, "--baseline", "missing.txt", "read.http"), "--write-baseline missing.txt");
        assertOneLineError(
                run(dir, "--baseline", "a.txt", "--write-baseline", "a.txt", "read.http"), "--update-baseline");
        Files.writeString(dir.resolve("broken.txt"), "# header\nnot an entry\n");
        assertOneLineError(run(dir, "--baseline", "broken.txt", "read.http"), "broken.txt:2: not a baseline entry");
    }
}
