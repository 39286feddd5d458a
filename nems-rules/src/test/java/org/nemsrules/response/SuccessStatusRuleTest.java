package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_XML;
import static org.nemsrules.response.Answers.DELETE;
import static org.nemsrules.response.Answers.LOCATION;
import static org.nemsrules.response.Answers.READ;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class SuccessStatusRuleTest {
    @Test
    void aCreateAnswered200IsAnErrorNaming201() {
        String http = answered(CREATE_XML, "HTTP/1.1 200 OK", LOCATION, "");
        List<Finding> found = findings(SuccessStatusRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("R-HTTP-09", f.requirement());
        assertEquals(
                Answers.only(http).response().orElseThrow().line(), f.location().line());
        assertEquals("response:status", f.location().path());
        assertNull(f.httpStatus(), "a finding on the answer predicts no answer");
        assertEquals(
                "the recorded answer to a create is 200 OK; NEMS answers a create's success with 201 Created",
                f.message());
    }

    @Test
    void aDeleteAnswered204AndAReadAnswered201AreErrorsNaming200() {
        assertTrue(findings(SuccessStatusRule.ID, answered(DELETE, "HTTP/1.1 204 No Content", ""))
                .get(0)
                .message()
                .endsWith("is 204 No Content; NEMS answers a delete's success with 200 OK"));
        assertEquals(
                1,
                findings(SuccessStatusRule.ID, answered(READ, "HTTP/1.1 201 Created", ""))
                        .size());
    }

    @Test
    void theStatusesThePageGivesAndAnyErrorAreSilent() {
        assertEquals(
                List.of(), findings(SuccessStatusRule.ID, answered(CREATE_XML, "HTTP/1.1 201 Created", LOCATION, "")));
        assertEquals(List.of(), findings(SuccessStatusRule.ID, answered(READ, "HTTP/1.1 200 OK", "")));
        assertEquals(List.of(), findings(SuccessStatusRule.ID, answered(DELETE, "HTTP/1.1 200 OK", "")));
        assertEquals(List.of(), findings(SuccessStatusRule.ID, answered(DELETE, "HTTP/1.1 404 Not Found", "")));
        assertEquals(List.of(), findings(SuccessStatusRule.ID, READ), "no answer recorded");
    }
}
