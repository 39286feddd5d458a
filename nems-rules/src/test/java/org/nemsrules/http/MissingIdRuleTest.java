package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.http.HttpRuleFixtures.BASE;
import static org.nemsrules.http.HttpRuleFixtures.ID;
import static org.nemsrules.http.HttpRuleFixtures.REQUEST_LINE;
import static org.nemsrules.http.HttpRuleFixtures.assertError400BadRequest;
import static org.nemsrules.http.HttpRuleFixtures.assertOneFinding;
import static org.nemsrules.http.HttpRuleFixtures.findings;
import static org.nemsrules.http.HttpRuleFixtures.httpFindings;
import static org.nemsrules.http.HttpRuleFixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.model.Body;
import org.nemsrules.model.Origin;

class MissingIdRuleTest {
    private static final MissingIdRule RULE = new MissingIdRule();

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET|" + BASE + "|R-HTTP-02|GET without a subscription id;GET [base]/Subscription/{id}",
                "GET|/STU3/Subscription/|R-HTTP-02|GET without a subscription id",
                "DELETE|" + BASE + "|R-HTTP-03|DELETE without a subscription id;DELETE [base]/Subscription/{id}",
                "GET|" + BASE + "?status=active|R-HTTP-04|searching subscriptions is not supported;?status=active;"
                        + "GET [base]/Subscription/{id}",
                "GET|/STU3/Subscription?_id=" + ID + "|R-HTTP-04|searching subscriptions;_id=" + ID,
            })
    void itFiresOnAReadOrDeleteWithoutAnId(String method, String target, String requirement, String says) {
        // The message of a search is its own: the classification words it, the rule must pass it on.
        String message = assertOneFinding(
                        findings(RULE, request(method, target)),
                        RULE,
                        REQUEST_LINE,
                        "request-line",
                        requirement,
                        says.split(";"))
                .message();
        assertEquals(
                requirement.equals("R-HTTP-04"),
                message.startsWith("searching subscriptions is not supported"),
                message);
    }

    @Test
    void itIsTheOnlyHttpRuleThatReportsASearch() {
        List<Finding> all = httpFindings(request("GET", BASE + "?status=active"));
        assertEquals(
                List.of(MissingIdRule.ID), all.stream().map(Finding::ruleId).toList());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET|" + BASE + "/" + ID,
                "DELETE|" + BASE + "/" + ID,
                "POST|" + BASE,
                "PUT|" + BASE,
                "get|" + BASE,
                "GET|/STU3/Patient",
            })
    void itIsSilentOnRequestsWithAnIdAndOnThoseAnotherRuleOwns(String method, String target) {
        assertEquals(List.of(), findings(RULE, request(method, target)));
        assertEquals(List.of(), findings(RULE, request(Origin.HAR, method, target, Body.empty())));
    }

    @Test
    void itPredictsAnInferred400() {
        assertError400BadRequest(RULE, true);
    }
}
