package org.nemsrules.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.criteria.CriteriaParser;
import org.nemsrules.engine.RuleContext;
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
import org.nemsrules.subscription.SubscriptionBody;

/**
 * Every reader, view and parser of a request, and the supplier configuration's reader, fed the broken and hostile
 * inputs of {@link HostileCorpus}: each answers with findings, problems or one-line errors, never an exception. Apart
 * from {@link HostileInputTest}, which captures the JVM's standard output and must run alone, so that these run beside
 * other test classes.
 */
class HostileParsersTest extends HostileInputs {
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
}
