package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.mime.MimeRequests.ACCEPT_LINE;
import static org.nemsrules.mime.MimeRequests.XML_BODY;
import static org.nemsrules.mime.MimeRequests.create;
import static org.nemsrules.mime.MimeRequests.findings;
import static org.nemsrules.mime.MimeRequests.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class AcceptUnsupportedRuleTest {
    private final AcceptUnsupportedRule rule = new AcceptUnsupportedRule();

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "text/html, application/json            | admits none | name 'application/fhir+json'",
                "application/xml                        | admits none | name 'application/fhir+xml'",
                "text/html                              | admits none | 'application/fhir+xml' (XML body) or 'application/fhir+json' (JSON body)",
                "text/*                                 | admits none | (XML body) or",
                "application/fhir+json;q=0, text/html   | q=0 means 'not acceptable' | name 'application/fhir+json'",
                "application/fhir+json;q=2              | not a valid Accept value | weight",
                "application/                           | not a valid Accept value | empty subtype",
            })
    void anAcceptThatAdmitsNoneOfTheEightIsAnError(String value, String says, String suggests) {
        List<Finding> found = findings(rule, read(value));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(AcceptUnsupportedRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(ACCEPT_LINE, f.location().line());
        assertEquals("header:Accept", f.location().path());
        assertEquals("R-MIME-02", f.requirement());
        assertEquals(415, f.httpStatus());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", f.spineCode());
        assertTrue(f.message().contains("Accept '" + value + "'"), f.message());
        assertTrue(f.message().contains(says), f.message());
        assertTrue(f.message().contains(suggests), f.message());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {
                "application/fhir+xml",
                "application/json+fhir;charset=utf-8",
                "text/html, application/fhir+json;q=0.5",
                "*/*",
                "application/*",
                "text/html, */*;q=0.1",
                "Application/FHIR+JSON; charset=\"utf-8\"",
                "application/fhir+json;charset=iso-8859-1"
            })
    void anAcceptWithOneSupportedEntryOrAWildcardIsFine(String value) {
        assertEquals(List.of(), findings(rule, read(value)));
    }

    @Test
    void noAcceptIsFine() {
        assertEquals(List.of(), findings(rule, read(null)));
    }

    @Test
    void anAcceptInAnotherFormatThanTheBodyIsFine() {
        assertEquals(List.of(), findings(rule, create("application/fhir+xml", "application/fhir+json", XML_BODY)));
    }

    @Test
    void aBareResourceIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.bareResource(XML_BODY)));
    }

    /** The eight literal strings, as the message lists them. */
    private static final String EIGHT =
            "application/fhir+xml, application/fhir+xml;charset=utf-8, application/fhir+json, application/fhir+json;charset=utf-8, application/xml+fhir, application/xml+fhir;charset=utf-8, application/json+fhir, application/json+fhir;charset=utf-8";

    private static final String BOTH = "'application/fhir+xml' (XML body) or 'application/fhir+json' (JSON body)";

    @Test
    void anAcceptWithoutARefusedEntrySaysNothingOfQZero() {
        List<Finding> found = findings(rule, read("text/html"));
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "Accept 'text/html' admits none of the eight supported media types (" + EIGHT
                        + "); NEMS can answer only in those, so name " + BOTH + " (or leave Accept out)",
                found.get(0).message());
    }

    @Test
    void aWildcardWithQZeroIsARefusal() {
        List<Finding> found = findings(rule, read("*/*;q=0"));
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "Accept '*/*;q=0' admits none of the eight supported media types (" + EIGHT
                        + "); an entry with q=0 means 'not acceptable'; NEMS can answer only in those, so name "
                        + BOTH + " (or leave Accept out)",
                found.get(0).message());
    }

    @Test
    void aValueOfUpToTheQuotedLengthIsQuotedAgainButALongerOneOnlyOnce() {
        String atMost = "a".repeat(Echo.MAX_CHARACTERS);
        assertEquals(
                " '" + atMost + "'",
                AcceptUnsupportedRule.quotedUnlessIn(atMost, "'" + atMost + "' has no '/' between type and subtype"));
        String longer = "a".repeat(Echo.MAX_CHARACTERS + 1);
        assertEquals(
                "",
                AcceptUnsupportedRule.quotedUnlessIn(
                        longer, "'" + Echo.of(longer) + "' has no '/' between type and subtype"));
        assertEquals(
                " '" + Echo.of(longer) + "'",
                AcceptUnsupportedRule.quotedUnlessIn(longer, "'text/' has an empty subtype after '/'"));
    }
}
