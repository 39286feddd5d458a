package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.nemsrules.model.Interaction;

class ContentTypeMissingJsonRuleTest {
    private final ContentTypeMissingJsonRule rule = new ContentTypeMissingJsonRule();

    @Test
    void aCreateWithAJsonBodyAndNoContentTypeIsAnError() {
        List<Finding> found = findings(rule, create(null, "application/fhir+json", JSON_BODY));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(ContentTypeMissingJsonRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(REQUEST_LINE, f.location().line());
        assertEquals("request-line", f.location().path());
        assertEquals("R-MIME-03", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("BAD_REQUEST", f.spineCode());
        assertTrue(
                f.message().contains("NEMS assumes 'application/xml+fhir;charset=utf-8' and reads the body as XML"),
                f.message());
        assertTrue(f.message().contains("a JSON body starting '{'"), f.message());
        assertTrue(f.message().contains("add 'Content-Type: application/fhir+json;charset=utf-8'"), f.message());
    }

    @Test
    void aBodyThatIsNeitherXmlNorJsonIsAnErrorToo() {
        List<Finding> found = findings(rule, create(null, null, NEITHER_BODY));
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).message().contains("neither XML nor JSON, starting 'resourceType=Subscrip"),
                found.get(0).message());
    }

    @Test
    void exactlyOneOfTheTwoMissingRulesFires() {
        ContentTypeMissingRule warning = new ContentTypeMissingRule();
        for (String body : List.of(XML_BODY, JSON_BODY, NEITHER_BODY, "\uFEFF  " + XML_BODY)) {
            Interaction create = create(null, null, body);
            assertEquals(
                    1, findings(rule, create).size() + findings(warning, create).size(), body);
        }
    }

    @Test
    void anXmlBodyOrADeclaredTypeIsSilent() {
        assertEquals(List.of(), findings(rule, create(null, null, XML_BODY)));
        assertEquals(List.of(), findings(rule, create("application/fhir+json", null, JSON_BODY)));
    }

    @Test
    void aBareResourceIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.bareResource(JSON_BODY)));
    }
}
