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

class NotSubscriptionRuleTest {
    private static final NotSubscriptionRule RULE = new NotSubscriptionRule();

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET|/STU3/Patient/1|R-HTTP-01|does not address a Subscription;'/STU3/Patient/1';[base]/Subscription/{id}",
                "POST|https://clinicals.spineservices.nhs.uk/STU3/|R-HTTP-01|does not address a Subscription",
                "POST|Subscription|R-HTTP-01|'Subscription' is neither an absolute https URL nor a path;"
                        + "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                "POST|ftp://clinicals.spineservices.nhs.uk/STU3/Subscription|R-HTTP-01|neither an absolute https URL nor a path",
                "GET|" + BASE + "/" + ID
                        + "/_history|R-HTTP-04|goes beyond Subscription/{id};'_history';NEMS keeps no versions",
                "GET|" + BASE + "/" + ID + "/_history/2|R-HTTP-04|goes beyond Subscription/{id};'_history/2'",
                "DELETE|" + BASE + "/" + ID + "/extra|R-HTTP-04|goes beyond Subscription/{id};'extra'",
                "POST|" + BASE + "/$validate|R-HTTP-04|names '$validate';not a subscription id",
                "POST|" + BASE + "/_search|R-HTTP-04|names '_search';not a subscription id",
                "GET|" + BASE + "/_history|R-HTTP-04|names '_history'",
                // The target is judged before the method, so a wrong method on a wrong target is reported here.
                "PUT|/STU3/Patient/1|R-HTTP-01|does not address a Subscription",
            })
    void itFiresOnATargetThatIsNotSubscriptionOrSubscriptionId(
            String method, String target, String requirement, String says) {
        assertOneFinding(
                findings(RULE, request(method, target)),
                RULE,
                REQUEST_LINE,
                "request-line",
                requirement,
                says.split(";"));
    }

    @Test
    void itIsTheOnlyHttpRuleThatReportsAHistoryRead() {
        List<Finding> all = httpFindings(request("GET", BASE + "/" + ID + "/_history"));
        assertEquals(
                List.of(NotSubscriptionRule.ID),
                all.stream().map(Finding::ruleId).toList());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|" + BASE,
                "POST|/STU3/Subscription",
                "GET|" + BASE + "/" + ID,
                "DELETE|" + BASE + "/" + ID,
                "PUT|" + BASE + "/" + ID,
                "GET|" + BASE + "?status=active",
                "POST|" + BASE + "/" + ID,
            })
    void itIsSilentOnASubscriptionTargetWhateverTheMethod(String method, String target) {
        assertEquals(List.of(), findings(RULE, request(method, target)));
        assertEquals(List.of(), findings(RULE, request(Origin.HAR, method, target, Body.empty())));
    }

    @Test
    void itIsSilentOnABareResource() {
        assertEquals(List.of(), findings(RULE, request(Origin.BARE_RESOURCE, "POST", "", Body.of("{}", 1))));
    }

    @Test
    void itPredictsAnInferred400() {
        assertError400BadRequest(RULE, true);
    }
}
