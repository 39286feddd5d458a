package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;

class ExpectationsTest {
    private static final String UI = "http.unsupported-method";

    private static Finding finding(String rule, Severity severity, int line) {
        return new Finding(rule, severity, "message", new Location("x.http", 0, line, null, ""), "", null, null);
    }

    @Test
    void anInlineAnnotationPointsAtTheNextLineThatIsNotBlankOrAComment() {
        String text = """
                # Fault: a PUT
                # expect: http.unsupported-method

                // another comment
                # expect: recording.malformed-header line 7
                PUT https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1
                Accept application/fhir+xml
                """;
        List<Expectations.Expected> expected = Expectations.parseHttp("x.http", text);
        assertEquals(2, expected.size());
        assertEquals(
                new Expectations.Expected("recording.malformed-header", OptionalInt.of(7), "x.http:5"),
                expected.get(0));
        assertEquals(new Expectations.Expected(UI, OptionalInt.of(6), "x.http:2"), expected.get(1));
    }

    @Test
    void theAnnotatedFindingsPass() {
        Expectations expectations = new Expectations(Expectations.parseHttp(
                "x.http", "# expect: http.unsupported-method\nPUT /STU3/Subscription/1 HTTP/1.1\n"));
        Expectations.Outcome outcome = expectations.check(
                List.of(finding(UI, Severity.ERROR, 2), finding("recording.no-request", Severity.WARNING, 0)));
        assertTrue(outcome.passed(), outcome.describe());
    }

    @Test
    void aRuleExpectedOnTheWrongLineIsReportedMissingAndTheRealFindingUnexpected() {
        Expectations expectations = new Expectations(Expectations.parseHttp(
                "x.http", "# expect: http.unsupported-method line 3\nPUT /STU3/Subscription/1 HTTP/1.1\n"));
        Expectations.Outcome outcome = expectations.check(List.of(finding(UI, Severity.ERROR, 2)));
        assertFalse(outcome.passed());
        assertEquals(1, outcome.missing().size());
        assertEquals(OptionalInt.of(3), outcome.missing().get(0).line());
        assertEquals(1, outcome.unexpected().size());
        assertTrue(
                outcome.describe().contains("missing: http.unsupported-method on line 3 (x.http:1)"),
                outcome.describe());
    }

    @Test
    void anExpectedRuleThatIsNotReportedIsMissing() {
        Expectations expectations =
                new Expectations(Expectations.parseSidecar("x.har.expect", "# a comment\nrecording.malformed-har\n"));
        Expectations.Outcome outcome = expectations.check(List.of(finding(UI, Severity.ERROR, 9)));
        assertEquals(List.of(expectations.all().get(0)), outcome.missing());
        assertEquals(1, outcome.unexpected().size());
    }

    @Test
    void aSidecarEntryWithoutALineMatchesAnywhere() {
        Expectations expectations = new Expectations(
                Expectations.parseSidecar("x.har.expect", "\n# the file is cut short\nrecording.malformed-har\n"));
        assertTrue(expectations
                .check(List.of(finding("recording.malformed-har", Severity.ERROR, 41)))
                .passed());
        assertEquals(OptionalInt.empty(), expectations.all().get(0).line());
    }

    @Test
    void anUnannotatedWarningIsAllowedButAnUnannotatedErrorIsNot() {
        Expectations none = new Expectations(List.of());
        assertTrue(none.check(List.of(finding("recording.no-request", Severity.WARNING, 0)))
                .passed());
        assertFalse(none.check(List.of(finding(UI, Severity.ERROR, 1))).passed());
    }

    @Test
    void aMalformedInlineAnnotationFailsWithFileAndLine() {
        Expectations.AnnotationException e = assertThrows(
                Expectations.AnnotationException.class,
                () -> Expectations.parseHttp(
                        "bad.http",
                        "# Fault: x\n# expect: http.unsupported-method lin 4\n" + "GET /STU3/Subscription HTTP/1.1\n"));
        assertTrue(e.getMessage().startsWith("bad.http:2: "), e.getMessage());
        assertThrows(
                Expectations.AnnotationException.class,
                () -> Expectations.parseHttp("bad.http", "# expect http.unsupported-method\nGET / HTTP/1.1\n"));
        assertThrows(
                Expectations.AnnotationException.class,
                () -> Expectations.parseHttp("bad.http", "# expect: Not A Rule\nGET / HTTP/1.1\n"));
    }

    @Test
    void anInlineAnnotationWithNothingAfterItFails() {
        Expectations.AnnotationException e = assertThrows(
                Expectations.AnnotationException.class,
                () -> Expectations.parseHttp("empty.http", "# only comments\n# expect: recording.no-request\n\n"));
        assertTrue(e.getMessage().startsWith("empty.http:2: "), e.getMessage());
        assertEquals(
                OptionalInt.of(0),
                Expectations.parseHttp("empty.http", "# only comments\n# expect: recording.no-request line 0\n")
                        .get(0)
                        .line());
    }

    @Test
    void aMalformedSidecarEntryFailsWithFileAndLine() {
        Expectations.AnnotationException e = assertThrows(
                Expectations.AnnotationException.class,
                () -> Expectations.parseSidecar("x.har.expect", "# ok\nrecording.malformed-har\nline 4\n"));
        assertTrue(e.getMessage().startsWith("x.har.expect:3: "), e.getMessage());
        assertThrows(
                Expectations.AnnotationException.class,
                () -> Expectations.parseSidecar("x.har.expect", "recording.malformed-har at line 4\n"));
    }

    @Test
    void annotationsAreReadFromFilesInOtherEncodings() {
        String text =
                "# expect: recording.invalid-encoding line 3\nPOST /STU3/Subscription HTTP/1.1\n\nSt Th\u00e9r\u00e8se\n";
        assertEquals(text, Expectations.decode(text.getBytes(StandardCharsets.ISO_8859_1)));
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(text, Expectations.decode(utf16));
        assertEquals(text, Expectations.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
    }
}
