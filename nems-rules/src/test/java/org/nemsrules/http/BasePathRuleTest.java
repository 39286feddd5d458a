package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nemsrules.http.HttpRuleFixtures.ID;
import static org.nemsrules.http.HttpRuleFixtures.REQUEST_LINE;
import static org.nemsrules.http.HttpRuleFixtures.assertOneFinding;
import static org.nemsrules.http.HttpRuleFixtures.findings;
import static org.nemsrules.http.HttpRuleFixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Body;
import org.nemsrules.model.Origin;

class BasePathRuleTest {
    private static final BasePathRule RULE = new BasePathRule();
    private static final String HOST = "https://clinicals.spineservices.nhs.uk";

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|" + HOST
                        + "/R4/Subscription|'/R4/Subscription';segment '/R4' before /Subscription instead of '/STU3';"
                        + "expected it to end /STU3/Subscription,",
                "GET|" + HOST + "/R4/Subscription/" + ID + "|'/R4/Subscription/" + ID
                        + "';expected it to end /STU3/Subscription/{id}",
                "POST|" + HOST + "/Subscription|'/Subscription', with no base path before /Subscription",
                "DELETE|" + HOST + "/stu3/Subscription/" + ID + "|'/stu3' is not '/STU3';/STU3 is case-sensitive",
                "POST|https://nems.example.org:8443/fhir/STU3/api/Subscription|segment '/api'",
            })
    void itWarnsOnAFullUrlWithoutStu3BeforeSubscription(String method, String target, String says) {
        assertOneFinding(
                findings(RULE, request(method, target)),
                RULE,
                REQUEST_LINE,
                "request-line",
                "R-HTTP-08",
                says.split(";"));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|" + HOST + "/STU3/Subscription",
                "POST|" + HOST + "/STU3/Subscription/",
                "GET|" + HOST + "/STU3/Subscription/" + ID,
                "DELETE|https://msg.int.spine2.ncrs.nhs.uk/STU3/Subscription/" + ID,
                "POST|http://localhost:8080/nems/STU3/Subscription",
                // Only full URLs: a path may be relative to a base the recording does not show.
                "POST|/Subscription",
                "GET|/R4/Subscription/" + ID,
                // Unsupported requests are left to the rules that report them.
                "PUT|" + HOST + "/R4/Subscription/" + ID,
                "GET|" + HOST + "/R4/Patient/1",
            })
    void itIsSilentOnStu3OnPathsAndOnUnsupportedRequests(String method, String target) {
        assertEquals(List.of(), findings(RULE, request(method, target)));
    }

    @Test
    void itJudgesHarEntriesToo() {
        assertOneFinding(
                findings(RULE, request(Origin.HAR, "GET", HOST + "/R4/Subscription/" + ID, Body.empty())),
                RULE,
                REQUEST_LINE,
                "request-line",
                "R-HTTP-08",
                "'/R4/Subscription/");
    }

    @Test
    void itIsAWarningWithNoPredictedAnswer() {
        assertEquals(Severity.WARNING, RULE.metadata().defaultSeverity());
        assertNull(RULE.metadata().httpStatus());
        assertNull(RULE.metadata().spineCode());
    }
}
