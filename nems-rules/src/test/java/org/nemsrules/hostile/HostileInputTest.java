package org.nemsrules.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.criteria.CriteriaParser;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.View;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.mime.AcceptHeader;
import org.nemsrules.mime.MediaType;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.FileResult;
import org.nemsrules.subscription.SubscriptionBody;

/**
 * Feeds every reader and parser the broken and hostile inputs of {@link HostileCorpus} and holds
 * each to the first promise of docs/architecture.md: an answer (findings, a problem, a one-line
 * error) and never an exception. A crash that the validator's safety nets catch still fails
 * here: an "internal error in rule" finding, or a view that failed with an exception's class name
 * in its message, is a crash the user would see as a finding.
 */
@Isolated("it captures the JVM's stdout and stderr to show that nothing is written to them")
class HostileInputTest {
    /** How a caught exception shows in a message: {@code ": " + e} names its class in full. */
    private static final Pattern CAUGHT =
            Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b");

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyReaderAndTheValidatorAnswerEveryInputWithFindingsAndPrintNothing() {
        String printed = printedWhile(this::validateTheCorpus);
        assertTrue(printed.isEmpty(), "a library must not print; it printed:\n" + printed);
    }

    @Test
    void aDoctypeCutShortIsRefusedWithoutTheXmlParserPrintingALine() {
        byte[] cut = ("<?xml version=\"1.0\"?>\n<!DOCTYPE Subscription [<!ENTITY e").getBytes(StandardCharsets.UTF_8);
        List<Finding> findings = new ArrayList<>();
        String printed = printedWhile(() -> findings.addAll(NemsValidator.builder()
                .build()
                .validate(new RecordingReader().read("cut.xml", cut, RecordingReader.Format.BARE_RESOURCE))
                .findings()));
        assertEquals("", printed);
        Finding refused = findings.stream()
                .filter(f -> f.ruleId().equals("subscription.unparseable"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(refused.message().contains("document type declaration"), refused.message());
        assertEquals(2, refused.location().line());
    }

    @Test
    void invalidUtf8FarIntoALargeFileIsReportedAtItsOffset() {
        String head = "GET /STU3/Subscription/1 HTTP/1.1\n" + "X-A: \u00e9\u00e9\u00e9\u00e9\n".repeat(5_000);
        byte[] bytes = (head + "X-B: ?\n").getBytes(StandardCharsets.UTF_8);
        int bad = bytes.length - 3;
        bytes[bad] = (byte) 0xC3;
        Recording recording = new RecordingReader().read("far.http", bytes, RecordingReader.Format.HTTP);
        assertEquals(1, recording.problems().size());
        assertEquals(
                String.format(
                        "the file is not valid UTF-8 (byte 0xC3 at offset %d); save it as UTF-8, the only "
                                + "encoding NEMS accepts",
                        bad),
                recording.problems().get(0).message());
        assertEquals(5_002, recording.problems().get(0).line());
    }

    private void validateTheCorpus() {
        NemsValidator validator = NemsValidator.builder().build();
        RecordingReader reader = new RecordingReader();
        int checked = 0;
        for (HostileCorpus.Case c : HostileCorpus.all()) {
            for (RecordingReader.Format format : List.of(
                    RecordingReader.Format.HTTP, RecordingReader.Format.HAR, RecordingReader.Format.BARE_RESOURCE)) {
                String what = format + " " + c;
                Optional<FileResult> result = attempt(what, () -> {
                    Recording recording = reader.read("case" + extension(format), c.bytes(), format);
                    return validator.validate(recording);
                });
                result.ifPresent(r -> r.findings().forEach(f -> judge(what, f)));
                checked++;
            }
        }
        assertNoFailures(checked);
    }

    @Test
    void theJwtViewAnswersEveryToken() {
        int checked = 0;
        List<String> tokens = new ArrayList<>(HostileCorpus.deepTokens());
        for (HostileCorpus.Case c : HostileCorpus.all()) {
            String header = HostileCorpus.b64("{\"alg\":\"none\"}");
            tokens.add(header + "." + HostileCorpus.b64(c.bytes()) + ".");
            tokens.add(HostileCorpus.b64(c.bytes()) + "." + header + ".");
            tokens.add(c.utf8().strip());
            tokens.addAll(lines(c).stream().limit(10).toList());
        }
        for (String token : tokens) {
            Interaction request = new Interaction(
                    "case.http",
                    0,
                    Origin.HTTP_FILE,
                    "GET",
                    "/STU3/Subscription/1",
                    1,
                    Headers.of(List.of(new Header(BearerToken.AUTHORIZATION, "Bearer " + token, 2))),
                    Body.empty());
            String what = "token " + abbreviate(token);
            attempt(what, () -> new RuleContext(request).view(BearerToken.VIEW)).ifPresent(view -> judge(what, view));
            checked++;
        }
        assertNoFailures(checked);
    }

    @Test
    void theSubscriptionViewAnswersEveryBody() {
        int checked = 0;
        for (HostileCorpus.Case c : HostileCorpus.all()) {
            Interaction bare = new Interaction(
                    "case.json",
                    0,
                    Origin.BARE_RESOURCE,
                    "POST",
                    "/STU3/Subscription",
                    0,
                    Headers.none(),
                    Body.of(c.bytes(), 1));
            String what = "body " + c;
            // A view's message may quote a parser over several lines; the finding made of it is one line.
            attempt(what, () -> new RuleContext(bare).view(SubscriptionBody.VIEW))
                    .ifPresent(view -> view.problem().ifPresent(p -> judgeNoCrash(what, p.message())));
            checked++;
        }
        assertNoFailures(checked);
    }

    @Test
    void theHeaderAndCriteriaParsersAnswerEveryLine() {
        int checked = 0;
        for (HostileCorpus.Case c : HostileCorpus.all()) {
            List<String> texts = new ArrayList<>(List.of(c.utf8(), c.latin1()));
            texts.addAll(lines(c));
            for (String text : texts) {
                String what = c + " as '" + abbreviate(text) + "'";
                // These messages quote the text, line breaks and all; FindingSink puts each finding on one line.
                attempt("media type of " + what, () -> MediaType.parse(text))
                        .ifPresent(p -> p.problem().ifPresent(m -> judgeNoCrash(what, m)));
                attempt("Accept of " + what, () -> AcceptHeader.parse(text))
                        .ifPresent(p -> p.problem().ifPresent(m -> judgeNoCrash(what, m)));
                attempt("criteria of " + what, () -> CriteriaParser.parse(text))
                        .ifPresent(criteria -> criteria.problems().forEach(p -> judgeNoCrash(what, p.message())));
                checked += 3;
            }
        }
        assertNoFailures(checked);
    }

    @Test
    void theSupplierConfigurationIsReadOrRefusedWithLinesNeverAnException(@TempDir Path dir) throws Exception {
        // The large inputs of the corpus are refused by the size bound (tested below) or are the YAML bombs.
        List<HostileCorpus.Case> cases = new ArrayList<>(HostileCorpus.made().stream()
                .filter(c -> c.bytes().length < 100_000)
                .toList());
        cases.addAll(HostileCorpus.variants(
                "nems-rules.yaml", HostileCorpus.read(HostileCorpus.SAMPLES.resolve("nems-rules.yaml"))));
        cases.addAll(yamlBombs());
        int checked = 0;
        for (HostileCorpus.Case c : cases) {
            for (String name : List.of("nems-rules.yaml", "nems-rules.json")) {
                Path file = dir.resolve(name);
                Files.write(file, c.bytes());
                String what = name + " " + c;
                try {
                    SupplierConfig.load(file);
                } catch (ConfigException e) {
                    e.errors().forEach(p -> judge(what, p));
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    failures.add(what + ": " + e);
                }
                checked++;
            }
        }
        assertNoFailures(checked);
    }

    @Test
    void aConfigurationAboveTheBoundIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nems-rules.yaml");
        Files.writeString(file, "systems:\n" + "  - x\n".repeat(200_000));
        ConfigException e =
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> SupplierConfig.load(file));
        assertEquals(1, e.errors().size());
        assertTrue(
                e.errors()
                        .get(0)
                        .endsWith(":1: (file): is 1,200,009 bytes, above the limit of 1,048,576 bytes for "
                                + "a configuration; it lists systems, mailboxes and environments, not data"),
                e.errors().get(0));
    }

    @Test
    void aConfigurationThatBreaksTheSchemaAHundredThousandTimesListsTheFirstHundred(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("nems-rules.yaml");
        Files.writeString(file, "systems:\n" + "  - x\n".repeat(100_000));
        ConfigException e =
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> SupplierConfig.load(file));
        assertEquals(101, e.errors().size());
        assertEquals("... and 99,900 more problems, not listed", e.errors().get(100));
    }

    /** YAML's own hostile inputs: aliases that expand exponentially, deep flow nesting, a huge document. */
    private static List<HostileCorpus.Case> yamlBombs() {
        StringBuilder laughs =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            laughs.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + p)))
                    .append("]\n");
        }
        laughs.append("systems: *j\n");
        return List.of(
                new HostileCorpus.Case("YAML billion laughs", laughs.toString().getBytes(StandardCharsets.UTF_8)),
                new HostileCorpus.Case(
                        "YAML nested " + HostileCorpus.DEEP + " deep",
                        ("systems: " + "[".repeat(HostileCorpus.DEEP) + "]".repeat(HostileCorpus.DEEP) + "\n")
                                .getBytes(StandardCharsets.UTF_8)),
                new HostileCorpus.Case("YAML block nesting " + HostileCorpus.DEEP + " deep", blockNesting()),
                new HostileCorpus.Case(
                        "YAML of 1 MB", ("systems:\n" + "  - x\n".repeat(170_000)).getBytes(StandardCharsets.UTF_8)),
                new HostileCorpus.Case(
                        "YAML tag naming a Java type",
                        "systems: !!java.io.File [\"/etc/passwd\"]\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] blockNesting() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            yaml.append(" ".repeat(i)).append("a").append(":\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What the action wrote to standard output and error, but for SLF4J's one-time note that it has no logger. */
    private static String printedWhile(Runnable action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return printed.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.startsWith("SLF4J"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private <T> Optional<T> attempt(String what, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failures.add(what + ": " + e);
            return Optional.empty();
        }
    }

    private void judge(String what, Finding f) {
        if (f.message().startsWith("internal error")) {
            failures.add(what + ": " + f.ruleId() + " " + f.message());
        } else {
            judge(what + " " + f.ruleId(), f.message());
        }
    }

    private void judge(String what, View<?> view) {
        view.problem().ifPresent(p -> judge(what, p.message()));
    }

    /** A message for a person: one line, and no exception class name that says a crash was caught. */
    private void judge(String what, String message) {
        if (message.contains("\n") || CAUGHT.matcher(message).find()) {
            failures.add(what + ": " + message);
        }
    }

    private void judgeNoCrash(String what, String message) {
        if (CAUGHT.matcher(message).find()) {
            failures.add(what + ": " + message);
        }
    }

    private void assertNoFailures(int checked) {
        assertTrue(checked > 0, "no input was tried");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + checked + " inputs crashed or gave more than a line:\n"
                        + String.join(
                                "\n",
                                failures.stream()
                                        .distinct()
                                        .limit(40)
                                        .map(HostileInputTest::abbreviate)
                                        .toList()));
    }

    private static List<String> lines(HostileCorpus.Case c) {
        return c.utf8().lines().limit(20).toList();
    }

    private static String extension(RecordingReader.Format format) {
        return switch (format) {
            case HTTP -> ".http";
            case HAR -> ".har";
            default -> ".json";
        };
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
