package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.READ;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;
import static org.nemsrules.response.Answers.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.SpineErrorCode;

class ErrorOutcomeRuleTest {
    private static String notFound(String contentType, String body) {
        return answered(READ, "HTTP/1.1 404 Not Found", "Content-Type: " + contentType, "", body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_RECORD_FOUND", "INVALID_REQUEST_MESSAGE", "ACCESS DENIED", "DUPLICATE_REJECTED"})
    void aSpineOutcomeWithACodeOfTheSystemIsSilent(String code) {
        assertEquals(
                List.of(),
                findings(ErrorOutcomeRule.ID, notFound("application/fhir+xml", outcome(SpineErrorCode.SYSTEM, code))));
    }

    @Test
    void aJsonSpineOutcomeIsSilent() {
        String json = "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"severity\": \"error\", \"code\": "
                + "\"not-found\", \"details\": {\"coding\": [{\"system\": \"" + SpineErrorCode.SYSTEM
                + "\", \"code\": \"NO_RECORD_FOUND\"}]}}]}";
        assertEquals(List.of(), findings(ErrorOutcomeRule.ID, notFound("application/fhir+json", json)));
    }

    @Test
    void aPlainTextErrorIsAnErrorAtItsBody() {
        String http = notFound("text/plain", "Not found");
        List<Finding> found = findings(ErrorOutcomeRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(
                Answers.only(http).response().orElseThrow().body().line(),
                f.location().line());
        assertEquals(
                "the recorded 404 Not Found answer to a read holds a body that is no FHIR resource (it is neither "
                        + "XML nor JSON); NEMS answers an error with a Spine OperationOutcome",
                f.message());
    }

    @Test
    void anOutcomeCodedInAnotherSystemOrWithAnUnknownCodeIsAnError() {
        List<Finding> other = findings(
                ErrorOutcomeRule.ID,
                notFound("application/fhir+xml", outcome("http://hl7.org/fhir/issue-type", "not-found")));
        assertEquals(1, other.size(), other::toString);
        assertTrue(
                other.get(0)
                        .message()
                        .contains("no issue coded in the Spine ErrorOrWarningCode system (it names "
                                + "'http://hl7.org/fhir/issue-type')"),
                other::toString);

        List<Finding> unknown = findings(
                ErrorOutcomeRule.ID, notFound("application/fhir+xml", outcome(SpineErrorCode.SYSTEM, "NOT_FOUND")));
        assertEquals(1, unknown.size(), unknown::toString);
        assertTrue(unknown.get(0).message().contains("names the code 'NOT_FOUND', which the Spine"), unknown::toString);
    }

    @Test
    void anErrorWithoutABodyIsAnErrorAndASuccessIsNotJudgedHere() {
        assertEquals(
                1,
                findings(ErrorOutcomeRule.ID, answered(READ, "HTTP/1.1 400 Bad Request", ""))
                        .size());
        assertEquals(List.of(), findings(ErrorOutcomeRule.ID, answered(READ, "HTTP/1.1 200 OK", "")));
    }

    @Test
    void anOutcomeWithADoctypeIsNotReadAndSaysSo() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<OperationOutcome xmlns=\"http://hl7.org/fhir\"><id value=\"&e;\"/></OperationOutcome>";
        List<Finding> found = findings(ErrorOutcomeRule.ID, notFound("application/fhir+xml", hostile));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("a body that is no FHIR resource"), found::toString);
    }
}
