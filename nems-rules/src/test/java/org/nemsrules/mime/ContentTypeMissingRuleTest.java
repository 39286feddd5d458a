package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

class ContentTypeMissingRuleTest {
    private final ContentTypeMissingRule rule = new ContentTypeMissingRule();

    @Test
    void aCreateWithAnXmlBodyAndNoContentTypeIsAWarningNamingTheDefault() {
        List<Finding> found = findings(rule, create(null, "application/fhir+xml", XML_BODY));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(ContentTypeMissingRule.ID, f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(REQUEST_LINE, f.location().line());
        assertEquals("request-line", f.location().path());
        assertEquals("R-MIME-03", f.requirement());
        assertNull(f.httpStatus(), "NEMS accepts the request");
        assertTrue(f.message().contains("NEMS assumes 'application/xml+fhir;charset=utf-8'"), f.message());
        assertTrue(f.message().contains("the body is XML ('<?xml"), f.message());
        assertTrue(f.message().contains("can be read"), f.message());
        assertTrue(f.message().contains("add 'Content-Type: application/fhir+xml;charset=utf-8'"), f.message());
    }

    @Test
    void aJsonOrOtherBodyIsLeftToTheJsonRule() {
        assertEquals(List.of(), findings(rule, create(null, null, JSON_BODY)));
        assertEquals(List.of(), findings(rule, create(null, null, NEITHER_BODY)));
    }

    @Test
    void aCreateWithAContentTypeIsSilent() {
        assertEquals(List.of(), findings(rule, create("application/fhir+xml", null, XML_BODY)));
    }

    @Test
    void readsAndDeletesHaveNoBodyToDescribe() {
        assertEquals(List.of(), findings(rule, MimeRequests.read("application/fhir+xml")));
        assertEquals(List.of(), findings(rule, MimeRequests.delete(null, null)));
    }

    @Test
    void aBareResourceIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.bareResource(XML_BODY)));
    }
}
