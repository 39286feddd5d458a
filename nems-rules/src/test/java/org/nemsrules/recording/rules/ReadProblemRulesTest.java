package org.nemsrules.recording.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.recording.ReadProblem;
import org.nemsrules.recording.Recording;

/**
 * The recording rules own the ids of what a reader could not read: each reports the reader's problems that carry
 * its id, where the reader found them, and nothing else; a file with no request and no problem is reported once.
 */
class ReadProblemRulesTest {
    private static final NemsValidator VALIDATOR = NemsValidator.builder().build();

    private static List<Finding> findings(Recording recording, String ruleId) {
        return VALIDATOR.validate(recording).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    @Test
    void aReadProblemIsReportedByTheRuleOfItsIdAtItsLineAndColumnWithItsMessage() {
        Recording recording = new Recording(
                "a.http",
                List.of(),
                List.of(
                        new ReadProblem(MalformedRequestLineRule.ID, 3, 7, "the request line has no target"),
                        new ReadProblem(MalformedHeaderRule.ID, 5, null, "the header has no colon")));

        List<Finding> requestLine = findings(recording, MalformedRequestLineRule.ID);
        assertEquals(1, requestLine.size(), requestLine.toString());
        assertEquals("the request line has no target", requestLine.get(0).message());
        assertEquals(3, requestLine.get(0).location().line());
        assertEquals(7, requestLine.get(0).location().column());
        assertEquals("a.http", requestLine.get(0).location().file());

        List<Finding> header = findings(recording, MalformedHeaderRule.ID);
        assertEquals(1, header.size(), header.toString());
        assertEquals(5, header.get(0).location().line());
    }

    @Test
    void aRuleIsSilentOnAnotherRulesProblems() {
        Recording recording = new Recording(
                "a.http", List.of(), List.of(new ReadProblem(MalformedHeaderRule.ID, 5, null, "no colon")));

        assertTrue(findings(recording, MalformedRequestLineRule.ID).isEmpty());
        assertTrue(findings(recording, InvalidEncodingRule.ID).isEmpty());
    }

    @Test
    void aFileWithNoRequestAndNoProblemIsReportedOnceAsHoldingNoRequest() {
        List<Finding> noRequest = findings(new Recording("empty.http", List.of(), List.of()), NoRequestRule.ID);

        assertEquals(1, noRequest.size(), noRequest.toString());
        assertEquals(
                "the file holds no request, so nothing in it was checked",
                noRequest.get(0).message());
        assertEquals("empty.http", noRequest.get(0).location().file());
    }

    @Test
    void aFileThatCouldNotBeReadIsNotAlsoSaidToHoldNoRequest() {
        Recording recording = new Recording(
                "a.http", List.of(), List.of(new ReadProblem(MalformedRequestLineRule.ID, 1, null, "no target")));

        assertTrue(findings(recording, NoRequestRule.ID).isEmpty());
    }
}
