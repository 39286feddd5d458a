package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.READ;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.SpineErrorCode;

class ReadBodyRuleTest {
    private static String read(String body) {
        return answered(READ, "HTTP/1.1 200 OK", "Content-Type: application/fhir+xml;charset=utf-8", "", body);
    }

    @Test
    void theSubscriptionAsNemsHoldsItIsSilent() {
        assertEquals(List.of(), findings(ReadBodyRule.ID, read(Answers.ACTIVE_XML)));
    }

    @Test
    void aSubscriptionWithoutContactOrReasonIsAnErrorNamingWhatIsMissing() {
        String body = Answers.ACTIVE_XML
                .replaceAll("(?s)  <contact>.*</contact>\n", "")
                .replaceAll("  <reason [^\n]*\n", "");
        List<Finding> found = findings(ReadBodyRule.ID, read(body));

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(
                "the Subscription in the recorded answer to a read does not conform to EMS-Subscription-1: no "
                        + "reason; no contact",
                f.message());
        assertEquals(
                Answers.only(read(body)).response().orElseThrow().body().line(),
                f.location().line());
    }

    @Test
    void aBrokenBodyOrAnotherResourceIsAnError() {
        List<Finding> broken = findings(ReadBodyRule.ID, read("<Subscription xmlns=\"http://hl7.org/fhir\">"));
        assertEquals(1, broken.size(), broken::toString);
        assertTrue(
                broken.get(0).message().startsWith("the Subscription in the recorded answer to a read cannot be read"));

        List<Finding> other = findings(ReadBodyRule.ID, read(Answers.outcome(SpineErrorCode.SYSTEM, "BAD_REQUEST")));
        assertEquals(1, other.size(), other::toString);
        assertTrue(other.get(0).message().contains("holds an OperationOutcome, not the Subscription"), other::toString);
    }

    @Test
    void aDoctypeIsRefusedAsInARequestBody() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Subscription xmlns=\"http://hl7.org/fhir\"><reason value=\"&e;\"/></Subscription>";
        List<Finding> found = findings(ReadBodyRule.ID, read(hostile));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("cannot be read"), found::toString);
        assertTrue(!found.get(0).message().contains("root:"), "no file content quoted");
    }

    @Test
    void anAnswerWithoutARecordedBodyOrAnErrorIsNotJudgedHere() {
        assertEquals(List.of(), findings(ReadBodyRule.ID, answered(READ, "HTTP/1.1 404 Not Found", "")));
        assertEquals(
                1,
                findings(ReadBodyRule.ID, answered(READ, "HTTP/1.1 200 OK", "")).size(),
                "recorded empty");
    }
}
