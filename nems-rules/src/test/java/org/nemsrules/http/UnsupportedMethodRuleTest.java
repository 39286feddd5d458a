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
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Body;
import org.nemsrules.model.Origin;

class UnsupportedMethodRuleTest {
    private static final UnsupportedMethodRule RULE = new UnsupportedMethodRule();

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PUT|" + BASE + "/" + ID + "|PUT is not supported;no update;DELETE the subscription and POST a new one",
                "PATCH|" + BASE + "/" + ID
                        + "|PATCH is not supported;no update;DELETE the subscription and POST a new one",
                "PUT|/STU3/Subscription|PUT is not supported;no update",
                "patch|" + BASE + "/" + ID + "|patch is not supported;no update",
                "post|" + BASE + "|case-sensitive;'post' is not POST",
                "Get|" + BASE + "/" + ID + "|case-sensitive;'Get' is not GET",
                "delete|" + BASE + "/" + ID + "|case-sensitive;'delete' is not DELETE",
                "OPTIONS|" + BASE + "|method 'OPTIONS' is not supported;POST (create), GET (read) and DELETE (delete)",
                "HEAD|" + BASE + "/" + ID
                        + "|method 'HEAD' is not supported;POST (create), GET (read) and DELETE (delete)",
                "TRACE|" + BASE + "|method 'TRACE' is not supported",
            })
    void itFiresOnEveryMethodButPostGetAndDelete(String method, String target, String says) {
        List<Finding> findings = findings(RULE, request(method, target));

        Finding f = assertOneFinding(findings, RULE, REQUEST_LINE, "request-line", "R-HTTP-04", says.split(";"));
        assertEquals("http.unsupported-method", f.ruleId());
        assertEquals(400, f.httpStatus());
        assertEquals("BAD_REQUEST", f.spineCode());
    }

    @Test
    void itIsTheOnlyHttpRuleThatReportsAnUpdate() {
        List<Finding> all = httpFindings(request("PUT", BASE + "/" + ID, "<Subscription/>"));
        assertEquals(
                List.of(UnsupportedMethodRule.ID),
                all.stream().map(Finding::ruleId).toList());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|" + BASE,
                "GET|" + BASE + "/" + ID,
                "DELETE|/STU3/Subscription/" + ID,
                // The target is judged first: these belong to http.not-subscription and http.missing-id.
                "PUT|/STU3/Patient/1",
                "OPTIONS|" + BASE + "/" + ID + "/_history",
                "GET|" + BASE,
            })
    void itIsSilentOnSupportedMethodsAndOnRequestsAnotherRuleOwns(String method, String target) {
        assertEquals(List.of(), findings(RULE, request(method, target)));
        assertEquals(List.of(), findings(RULE, request(Origin.HAR, method, target, Body.empty())));
    }

    @Test
    void itIsSilentOnABareResource() {
        assertEquals(List.of(), findings(RULE, request(Origin.BARE_RESOURCE, "PUT", "", Body.of("{}", 1))));
    }

    @Test
    void itAnswersTheExplicit400ForAnInvalidVerb() {
        assertError400BadRequest(RULE, false);
    }

    @Test
    void itCanBeTurnedDownToAWarning() {
        NemsValidator lenient = NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(RULE)))
                .severity("http.*", Severity.WARNING)
                .build();
        List<Finding> findings = lenient.validate(request("PUT", BASE + "/" + ID));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }
}
