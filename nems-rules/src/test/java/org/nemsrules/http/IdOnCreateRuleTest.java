package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.http.HttpRuleFixtures.BASE;
import static org.nemsrules.http.HttpRuleFixtures.ID;
import static org.nemsrules.http.HttpRuleFixtures.REQUEST_LINE;
import static org.nemsrules.http.HttpRuleFixtures.XML_BODY;
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

class IdOnCreateRuleTest {
    private static final IdOnCreateRule RULE = new IdOnCreateRule();

    @Test
    void itFiresOnAPostWithAnIdNamingTheId() {
        List<Finding> findings = findings(RULE, request("POST", BASE + "/" + ID, XML_BODY));

        assertOneFinding(
                findings,
                RULE,
                REQUEST_LINE,
                "request-line",
                "R-HTTP-01",
                "POST with a subscription id",
                "'" + ID + "'",
                "NEMS assigns the id",
                "POST [base]/Subscription without one");
    }

    @Test
    void itFiresOnAnOriginFormTargetAndInAHar() {
        assertOneFinding(
                findings(RULE, request(Origin.HAR, "POST", "/STU3/Subscription/abc", Body.of(XML_BODY, 3))),
                RULE,
                REQUEST_LINE,
                "request-line",
                "R-HTTP-01",
                "'abc'");
    }

    @Test
    void itIsTheOnlyHttpRuleThatReportsIt() {
        List<Finding> all = httpFindings(request("POST", BASE + "/" + ID, XML_BODY));
        assertEquals(
                List.of(IdOnCreateRule.ID), all.stream().map(Finding::ruleId).toList());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|" + BASE,
                "POST|" + BASE + "/",
                "GET|" + BASE + "/" + ID,
                "DELETE|" + BASE + "/" + ID,
                "PUT|" + BASE + "/" + ID,
                "post|" + BASE + "/" + ID,
                "POST|" + BASE + "/" + ID + "/_history",
            })
    void itIsSilentOnEverythingElse(String method, String target) {
        assertEquals(List.of(), findings(RULE, request(method, target, XML_BODY)));
    }

    @Test
    void itIsSilentOnABareResource() {
        assertEquals(List.of(), findings(RULE, request(Origin.BARE_RESOURCE, "POST", "", Body.of("{}", 1))));
    }

    @Test
    void itPredictsAnInferred400AndMentionsTheAlternative405() {
        assertError400BadRequest(RULE, true);
        assertTrue(RULE.metadata().description().contains("405 MSG_RESOURCE_ID_FAIL"));
    }
}
