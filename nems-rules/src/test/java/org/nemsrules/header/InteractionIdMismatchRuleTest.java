package org.nemsrules.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.header.HeaderFixtures.BASE;
import static org.nemsrules.header.HeaderFixtures.ID;
import static org.nemsrules.header.HeaderFixtures.findings;
import static org.nemsrules.header.HeaderFixtures.replacing;
import static org.nemsrules.header.HeaderFixtures.request;
import static org.nemsrules.header.HeaderFixtures.urn;
import static org.nemsrules.header.HeaderFixtures.valid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class InteractionIdMismatchRuleTest {
    private final InteractionIdMismatchRule rule = new InteractionIdMismatchRule();

    private static String target(String method) {
        return method.equals("POST") ? BASE : BASE + "/" + ID;
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "GET", "DELETE"})
    void theUrnOfTheRequestsOwnInteractionIsSilent(String method) {
        assertEquals(List.of(), findings(rule, request(method, target(method), valid(method))));
    }

    @ParameterizedTest(name = "[{index}] {0} with the {1} URN")
    @CsvSource({
        "POST, GET, a create (POST), a read (GET)",
        "POST, DELETE, a create (POST), a delete (DELETE)",
        "GET, POST, a read (GET), a create (POST)",
        "GET, DELETE, a read (GET), a delete (DELETE)",
        "DELETE, POST, a delete (DELETE), a create (POST)",
        "DELETE, GET, a delete (DELETE), a read (GET)",
    })
    void anotherInteractionsUrnIsReportedWithBothInteractionsAndTheUrnToSend(
            String method, String urnOf, String actual, String sent) {
        List<Finding> found = findings(
                rule,
                request(method, target(method), replacing(method, "InteractionID", "InteractionID: " + urn(urnOf))));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(InteractionIdMismatchRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(4, f.location().line());
        assertEquals("header:InteractionID", f.location().path());
        assertEquals("R-HDR-03", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
        assertTrue(f.message().contains("'" + urn(urnOf) + "', the URN of " + sent), f.message());
        assertTrue(f.message().contains("this request is " + actual), f.message());
        assertTrue(f.message().endsWith("expected '" + urn(method) + "'"), f.message());
    }

    @Test
    void aRequestThatIsNoInteractionIsLeftToTheHttpRules() {
        assertEquals(List.of(), findings(rule, request("PUT", target("GET"), valid("POST"))));
        assertEquals(List.of(), findings(rule, request("POST", BASE + "/" + ID, valid("GET"))));
    }

    @Test
    void aValueThatIsNoUrnIsLeftToTheValueRule() {
        assertEquals(
                List.of(),
                findings(
                        rule,
                        request(
                                "GET",
                                target("GET"),
                                replacing("GET", "InteractionID", "InteractionID: SubscriptionsApiPost"))));
    }
}
