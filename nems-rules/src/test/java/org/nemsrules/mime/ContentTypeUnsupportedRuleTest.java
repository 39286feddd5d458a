package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.mime.MimeRequests.CONTENT_TYPE_LINE;
import static org.nemsrules.mime.MimeRequests.JSON_BODY;
import static org.nemsrules.mime.MimeRequests.XML_BODY;
import static org.nemsrules.mime.MimeRequests.create;
import static org.nemsrules.mime.MimeRequests.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ContentTypeUnsupportedRuleTest {
    private final ContentTypeUnsupportedRule rule = new ContentTypeUnsupportedRule();

    @ParameterizedTest(name = "[{index}] ''{0}'' over {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json               | JSON | not one of the eight | use 'application/fhir+json'",
                "text/json                      | JSON | not one of the eight | use 'application/fhir+json'",
                "application/xml                | XML  | not one of the eight | use 'application/fhir+xml'",
                "text/xml                       | XML  | not one of the eight | use 'application/fhir+xml'",
                "text/plain                     | XML  | not one of the eight | 'application/fhir+xml' (XML body) or 'application/fhir+json' (JSON body)",
                "application/json               | XML  | not one of the eight | so send 'application/fhir+xml'",
                "application json               | JSON | not a valid media type: 'application json' has no '/' | nearest 'application/fhir+json'",
                "application/fhir+json;charset  | JSON | not a valid media type | without '='",
                "application/fhir+json, application/fhir+xml | JSON | not a valid media type | only Accept takes a list",
            })
    void anUnsupportedOrUnparseableTypeIsNamedWithTheNearestSupportedOne(
            String value, String body, String says, String suggests) {
        List<Finding> found = findings(rule, create(value, null, body.equals("XML") ? XML_BODY : JSON_BODY));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(ContentTypeUnsupportedRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(CONTENT_TYPE_LINE, f.location().line());
        assertEquals("header:Content-Type", f.location().path());
        assertEquals("R-MIME-01", f.requirement());
        assertEquals(415, f.httpStatus());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", f.spineCode());
        assertTrue(f.message().contains("Content-Type '" + value + "'"), f.message());
        assertTrue(f.message().contains(says), f.message());
        assertTrue(f.message().contains(suggests), f.message());
    }

    @Test
    void anEmptyContentTypeIsNotAMediaType() {
        List<Finding> found = findings(
                rule,
                MimeRequests.parse(
                        MimeRequests.http("POST " + MimeRequests.BASE, "SubscriptionsApiPost", "", null, XML_BODY)));
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).message().contains("the value is empty"),
                found.get(0).message());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {
                "application/fhir+xml",
                "application/xml+fhir;charset=utf-8",
                "Application/FHIR+XML ; Charset=\"UTF-8\"",
                "application/fhir+xml;fhirVersion=3.0",
                "application/fhir+xml;charset=iso-8859-1"
            })
    void supportedTypesAreLeftToTheOtherRules(String value) {
        assertEquals(List.of(), findings(rule, create(value, null, XML_BODY)));
    }

    @Test
    void aRepeatedContentTypeIsReportedOnTheRepeatLine() {
        String http = MimeRequests.http(
                        "POST " + MimeRequests.BASE,
                        "SubscriptionsApiPost",
                        "application/fhir+xml",
                        "application/fhir+xml",
                        XML_BODY)
                .replace("Accept:", "Content-Type: application/fhir+json\nAccept:");
        List<Finding> found = findings(rule, MimeRequests.parse(http));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(CONTENT_TYPE_LINE + 1, f.location().line());
        assertTrue(f.message().contains("sent 2 times"), f.message());
        assertTrue(
                f.message().contains("'application/fhir+xml' (line 5), 'application/fhir+json' (line 6)"), f.message());
    }

    @Test
    void aRequestWithoutABodyIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.delete("application/json", "application/fhir+xml")));
    }

    @Test
    void aMissingContentTypeIsLeftToTheMissingRules() {
        assertEquals(List.of(), findings(rule, create(null, null, JSON_BODY)));
    }

    @Test
    void anUnsupportedInteractionIsLeftToTheHttpRules() {
        assertEquals(List.of(), findings(rule, MimeRequests.update("application/json-patch+json", "[]")));
    }

    @Test
    void aBareResourceIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.bareResource(JSON_BODY)));
    }
}
