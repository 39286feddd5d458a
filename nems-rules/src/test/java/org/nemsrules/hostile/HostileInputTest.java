package org.nemsrules.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.FileResult;

/**
 * Feeds every reader and parser the broken and hostile inputs of {@link HostileCorpus} and holds
 * each to the first promise of docs/architecture.md: an answer (findings, a problem, a one-line
 * error) and never an exception. A crash that the validator's safety nets catch still fails
 * here: an "internal error in rule" finding, or a view that failed with an exception's class name
 * in its message, is a crash the user would see as a finding. The tests that capture the JVM's standard output
 * and error are here, run alone; the readers' and parsers' own are in {@link HostileParsersTest}, which runs beside
 * other test classes.
 */
@Isolated("it captures the JVM's stdout and stderr to show that nothing is written to them")
class HostileInputTest extends HostileInputs {
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

    private static String extension(RecordingReader.Format format) {
        return switch (format) {
            case HTTP -> ".http";
            case HAR -> ".har";
            default -> ".json";
        };
    }
}
