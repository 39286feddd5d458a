package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_JSON;
import static org.nemsrules.response.Answers.READ;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.SpineErrorCode;

class ContentTypeRuleTest {
    private static final String JSON_OUTCOME = "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"details\": "
            + "{\"coding\": [{\"system\": \"" + SpineErrorCode.SYSTEM + "\", \"code\": \"INVALID_RESOURCE\"}]}}]}";

    @Test
    void jsonAnsweredToAReadAcceptingXmlIsAWarningAtTheContentType() {
        // The read sample accepts application/fhir+xml;charset=utf-8.
        String http = answered(
                READ,
                "HTTP/1.1 200 OK",
                "Content-Type: application/fhir+json",
                "",
                "{\"resourceType\": " + "\"Subscription\"}");
        List<Finding> found = findings(ContentTypeRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(
                Answers.only(http).response().orElseThrow().line() + 1,
                f.location().line());
        assertTrue(
                f.message()
                        .startsWith("the recorded 200 OK answer to a read is JSON ('application/fhir+json'), "
                                + "but the request's Accept 'application/fhir+xml;charset=utf-8' (line "),
                f.message());
        assertTrue(f.message().endsWith(") asks for XML"), f.message());
    }

    @Test
    void theAcceptedSyntaxIsSilent() {
        String http = answered(READ, "HTTP/1.1 200 OK", "Content-Type: application/xml+fhir", "", Answers.ACTIVE_XML);
        assertEquals(List.of(), findings(ContentTypeRule.ID, http));
    }

    @Test
    void withoutAcceptACreateIsAnsweredInTheSyntaxItSent() {
        String noAccept = CREATE_JSON.replaceAll("(?m)^Accept: .*\n", "");
        String json =
                answered(noAccept, "HTTP/1.1 400 Bad Request", "Content-Type: application/fhir+json", "", JSON_OUTCOME);
        assertEquals(List.of(), findings(ContentTypeRule.ID, json));
        String xml = answered(
                noAccept,
                "HTTP/1.1 400 Bad Request",
                "Content-Type: application/fhir+xml",
                "",
                Answers.outcome(SpineErrorCode.SYSTEM, "INVALID_RESOURCE"));
        List<Finding> found = findings(ContentTypeRule.ID, xml);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("the create sent JSON and no Accept"), found::toString);
    }

    @Test
    void anUnsupportedOrMissingContentTypeIsAWarning() {
        List<Finding> html = findings(
                ContentTypeRule.ID, answered(READ, "HTTP/1.1 200 OK", "Content-Type: text/html", "", "<html/>"));
        assertEquals(1, html.size(), html::toString);
        assertTrue(html.get(0).message().contains("declares Content-Type 'text/html', which is none of the supported"));
        List<Finding> none = findings(ContentTypeRule.ID, answered(READ, "HTTP/1.1 200 OK", "", Answers.ACTIVE_XML));
        assertEquals(1, none.size(), none::toString);
        assertTrue(none.get(0).message().contains("has a body but no Content-Type"), none::toString);
    }

    @Test
    void anAnswerWithoutABodyIsSilent() {
        assertEquals(List.of(), findings(ContentTypeRule.ID, answered(READ, "HTTP/1.1 404 Not Found", "")));
    }
}
