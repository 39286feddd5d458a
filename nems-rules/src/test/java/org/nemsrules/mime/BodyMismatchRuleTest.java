package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.mime.MimeRequests.BODY_LINE;
import static org.nemsrules.mime.MimeRequests.JSON_BODY;
import static org.nemsrules.mime.MimeRequests.NEITHER_BODY;
import static org.nemsrules.mime.MimeRequests.XML_BODY;
import static org.nemsrules.mime.MimeRequests.create;
import static org.nemsrules.mime.MimeRequests.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class BodyMismatchRuleTest {
    private final BodyMismatchRule rule = new BodyMismatchRule();

    @ParameterizedTest(name = "[{index}] ''{0}'' over {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json+fhir                  | XML     | declares JSON, but the request has an XML body starting '<?xml | declare it as 'application/fhir+xml;charset=utf-8'",
                "application/fhir+json;charset=utf-8    | XML     | declares JSON | declare it as 'application/fhir+xml;charset=utf-8'",
                "application/fhir+xml                   | JSON    | declares XML, but the request has a JSON body starting '{' | declare it as 'application/fhir+json;charset=utf-8'",
                "Application/XML+FHIR                   | JSON    | declares XML | or send the Subscription as XML",
                "application/fhir+xml                   | NEITHER | neither XML nor JSON, starting 'resourceType= | send the Subscription as XML, or as JSON with a matching Content-Type",
            })
    void aBodyInAnotherSyntaxIsReportedAtTheBody(String contentType, String body, String says, String instead) {
        String text = switch (body) {
            case "XML" -> XML_BODY;
            case "JSON" -> JSON_BODY;
            default -> NEITHER_BODY;
        };
        List<Finding> found = findings(rule, create(contentType, null, text));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(BodyMismatchRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(BODY_LINE, f.location().line());
        assertEquals("body", f.location().path());
        assertEquals("R-MIME-04", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("BAD_REQUEST", f.spineCode());
        assertTrue(f.message().contains("Content-Type '" + contentType + "' (line 5)"), f.message());
        assertTrue(f.message().contains(says), f.message());
        assertTrue(f.message().contains(instead), f.message());
    }

    @Test
    void theLineIsThatOfTheFirstCharacterAfterLeadingBlankLines() {
        List<Finding> found = findings(rule, create("application/fhir+xml", null, "\uFEFF  \n" + JSON_BODY));
        assertEquals(BODY_LINE + 1, found.get(0).location().line());
    }

    @Test
    void matchingSyntaxIsSilentWhateverTheSpellingAndTheAccept() {
        assertEquals(List.of(), findings(rule, create("application/fhir+xml", "application/fhir+json", XML_BODY)));
        assertEquals(List.of(), findings(rule, create("application/json+fhir ; charset=\"UTF-8\"", null, JSON_BODY)));
        assertEquals(List.of(), findings(rule, create("application/xml+fhir", null, "\uFEFF\n" + XML_BODY)));
    }

    @Test
    void unsupportedOrMissingTypesAreLeftToTheirOwnRules() {
        assertEquals(List.of(), findings(rule, create("application/json", null, XML_BODY)));
        assertEquals(List.of(), findings(rule, create(null, null, JSON_BODY)));
        assertEquals(List.of(), findings(rule, create("application json", null, XML_BODY)));
    }

    @Test
    void aBareResourceIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.bareResource(JSON_BODY)));
    }
}
