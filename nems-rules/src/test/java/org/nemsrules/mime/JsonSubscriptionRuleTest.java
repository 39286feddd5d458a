package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.mime.MimeRequests.CONTENT_TYPE_LINE;
import static org.nemsrules.mime.MimeRequests.JSON_BODY;
import static org.nemsrules.mime.MimeRequests.NEITHER_BODY;
import static org.nemsrules.mime.MimeRequests.REQUEST_LINE;
import static org.nemsrules.mime.MimeRequests.XML_BODY;
import static org.nemsrules.mime.MimeRequests.create;
import static org.nemsrules.mime.MimeRequests.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;

class JsonSubscriptionRuleTest {
    private final JsonSubscriptionRule rule = new JsonSubscriptionRule();

    @Test
    void aJsonCreateIsToldThatEventsArriveInXml() {
        List<Finding> found = findings(rule, create("application/fhir+json", "application/fhir+json", JSON_BODY));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(JsonSubscriptionRule.ID, f.ruleId());
        assertEquals(Severity.INFO, f.severity());
        assertEquals(CONTENT_TYPE_LINE, f.location().line());
        assertEquals("header:Content-Type", f.location().path());
        assertEquals("R-MIME-06", f.requirement());
        assertNull(f.httpStatus());
        assertTrue(f.message().contains("declared 'application/fhir+json'"), f.message());
        assertTrue(f.message().contains("event messages are always delivered in XML"), f.message());
    }

    @Test
    void aJsonBodyWithoutContentTypeIsNotedAtTheRequestLine() {
        List<Finding> found = findings(rule, create(null, null, JSON_BODY));
        assertEquals(1, found.size(), found::toString);
        assertEquals(REQUEST_LINE, found.get(0).location().line());
        assertTrue(found.get(0).message().contains("a JSON body"), found.get(0).message());
    }

    @Test
    void aJsonTypeOverAnXmlBodyIsLeftToTheMismatchRule() {
        assertEquals(List.of(), findings(rule, create("application/json+fhir", null, XML_BODY)));
    }

    @Test
    void anXmlTypeOverAJsonBodyIsStillWorkInJson() {
        assertEquals(
                1,
                findings(rule, create("application/fhir+xml", null, JSON_BODY)).size());
    }

    @Test
    void anXmlCreateReadsAndBareResourcesAreSilent() {
        assertEquals(List.of(), findings(rule, create("application/fhir+xml", "application/fhir+json", XML_BODY)));
        assertEquals(List.of(), findings(rule, MimeRequests.read("application/fhir+json")));
        assertEquals(List.of(), findings(rule, MimeRequests.bareResource(JSON_BODY)));
    }

    @Test
    void anXmlTypeOverAJsonBodyIsNamedByItsBody() {
        List<Finding> found = findings(rule, create("application/fhir+xml", null, JSON_BODY));
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "this subscription is created in JSON (a JSON body), which NEMS accepts, but event messages are "
                        + "always delivered in XML: the receiving system must read XML",
                found.get(0).message());
    }

    @Test
    void aJsonTypeOverABodyThatIsNeitherIsStillWorkInJson() {
        List<Finding> found = findings(rule, create("application/fhir+json", null, NEITHER_BODY));
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).message().contains("(declared 'application/fhir+json')"),
                found.get(0).message());
    }

    @Test
    void aReadWithAJsonBodyIsNoSubscriptionCreatedInJson() {
        Interaction read = MimeRequests.parse(MimeRequests.http(
                "GET " + MimeRequests.BASE + "/" + MimeRequests.ID,
                "SubscriptionsApiGet",
                "application/fhir+json",
                null,
                JSON_BODY));
        assertEquals(List.of(), findings(rule, read));
    }
}
