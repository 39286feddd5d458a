package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_XML;
import static org.nemsrules.response.Answers.LOCATION;
import static org.nemsrules.response.Answers.READ;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.SpineErrorCode;

class PredictionRuleTest {
    /** The create sample with the InteractionID of a read: a refusal the rules predict (400). */
    private static final String REFUSED_CREATE = CREATE_XML.replace(
            "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost",
            "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet");

    @Test
    void aSuccessToARequestTheRulesRefuseIsAWarningNamingBoth() {
        String http = answered(REFUSED_CREATE, "HTTP/1.1 201 Created", LOCATION, "");
        List<Finding> found = findings(PredictionRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(
                Answers.only(http).response().orElseThrow().line(), f.location().line());
        assertTrue(
                f.message()
                        .startsWith("the recording says NEMS answered 201 Created, but the rules predict a refusal, "
                                + "400 MISSING_OR_INVALID_HEADER: header.interaction-id-mismatch at line "),
                f.message());
        assertTrue(f.message().endsWith("; either the answer is not NEMS's, or the rule is wrong"), f.message());
    }

    @Test
    void aRefusalOfARequestWithNoErrorIsAWarningNamingTheRecordedCode() {
        String http = answered(
                READ,
                "HTTP/1.1 400 Bad Request",
                "Content-Type: application/fhir+xml",
                "",
                Answers.outcome(SpineErrorCode.SYSTEM, "INVALID_REQUEST_MESSAGE"));
        List<Finding> found = findings(PredictionRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "the recording says NEMS refused this request with 400 Bad Request INVALID_REQUEST_MESSAGE, but no "
                        + "rule finds an error in it, so the rules predict 200; either the answer is not NEMS's, or a "
                        + "check is missing",
                found.get(0).message());
    }

    @Test
    void agreementIsSilent() {
        assertEquals(
                List.of(), findings(PredictionRule.ID, answered(CREATE_XML, "HTTP/1.1 201 Created", LOCATION, "")));
        assertEquals(List.of(), findings(PredictionRule.ID, answered(REFUSED_CREATE, "HTTP/1.1 400 Bad Request", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"404 Not Found", "409 Conflict", "403 Forbidden", "401 Unauthorized", "500 Server Error"})
    void aRefusalThatDependsOnWhatTheServiceHoldsIsNoDisagreement(String status) {
        assertEquals(List.of(), findings(PredictionRule.ID, answered(READ, "HTTP/1.1 " + status, "")));
    }

    @Test
    void aSuppressedRefusalPredictsNone() {
        String suppressed =
                "# nems-rules: ignore header.interaction-id-mismatch — a test of the suppression\n" + REFUSED_CREATE;
        List<Finding> found = findings(PredictionRule.ID, answered(suppressed, "HTTP/1.1 201 Created", LOCATION, ""));
        assertEquals(List.of(), found, "what the user set aside predicts nothing");
    }
}
