package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_XML;
import static org.nemsrules.response.Answers.LOCATION;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.SpineErrorCode;

class CreateBodyRuleTest {
    @Test
    void aCreatedSubscriptionEchoedBackIsAWarningAtTheBody() {
        String http = answered(
                CREATE_XML,
                "HTTP/1.1 201 Created",
                LOCATION,
                "Content-Type: application/fhir+xml;charset=utf-8",
                "",
                Answers.ACTIVE_XML);
        List<Finding> found = findings(CreateBodyRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(
                Answers.only(http).response().orElseThrow().body().line(),
                found.get(0).location().line());
        assertTrue(found.get(0).message().contains("has a body (a Subscription)"), found::toString);
    }

    @Test
    void noBodyOrADeprecationNoticeIsSilent() {
        assertEquals(
                List.of(), findings(CreateBodyRule.ID, answered(CREATE_XML, "HTTP/1.1 201 Created", LOCATION, "")));
        String deprecation = answered(
                CREATE_XML,
                "HTTP/1.1 201 Created",
                LOCATION,
                "Content-Type: application/fhir+xml;charset=utf-8",
                "",
                Answers.outcome(SpineErrorCode.SYSTEM, "DEPRECATED"));
        assertEquals(List.of(), findings(CreateBodyRule.ID, deprecation));
    }
}
