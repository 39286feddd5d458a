package org.nemsrules.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.header.HeaderFixtures.BASE;
import static org.nemsrules.header.HeaderFixtures.GET_URN;
import static org.nemsrules.header.HeaderFixtures.POST_URN;
import static org.nemsrules.header.HeaderFixtures.create;
import static org.nemsrules.header.HeaderFixtures.findings;
import static org.nemsrules.header.HeaderFixtures.read;
import static org.nemsrules.header.HeaderFixtures.replacing;
import static org.nemsrules.header.HeaderFixtures.request;
import static org.nemsrules.header.HeaderFixtures.valid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class InteractionIdValueRuleTest {
    private final InteractionIdValueRule rule = new InteractionIdValueRule();

    @ParameterizedTest
    @ValueSource(strings = {"POST", "GET", "DELETE"})
    void eachOfTheThreeUrnsIsSilent(String method) {
        String target = method.equals("POST") ? BASE : BASE + "/" + HeaderFixtures.ID;
        assertEquals(List.of(), findings(rule, request(method, target, valid(method))));
    }

    @Test
    void aValidUrnOnTheWrongVerbIsTheMismatchRulesBusiness() {
        assertEquals(
                List.of(), findings(rule, create(replacing("POST", "InteractionID", "InteractionID: " + GET_URN))));
    }

    @Test
    void emptyIsTheEmptyRulesBusiness() {
        assertEquals(List.of(), findings(rule, create(replacing("POST", "InteractionID", "InteractionID:"))));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = ';',
            value = {
                "urn:nhs:names:services:clinicals-sync:subscriptionsapipost;only in case",
                "URN:NHS:NAMES:SERVICES:CLINICALS-SYNC:SUBSCRIPTIONSAPIPOST;only in case",
                "SubscriptionsApiPost;must start urn:nhs:names:services:clinicals-sync:",
                "urn:nhs:names:services:clinicals:SubscriptionsApiPost;must start urn:nhs:names:services:clinicals-sync:",
                "\"urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost\";remove the \"",
                "<urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost>;remove the <",
                "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPut;no interaction 'SubscriptionsApiPut'",
                "urn:nhs:names:services:clinicals-sync:SubscriptionsApiSearch;no update or search",
                "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment;is not a Subscription API interaction",
            })
    void anyOtherValueIsReportedOnItsLineWithTheCauseAndTheUrnToSend(String value, String says) {
        List<Finding> found = findings(rule, create(replacing("POST", "InteractionID", "InteractionID: " + value)));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(InteractionIdValueRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(4, f.location().line());
        assertEquals("header:InteractionID", f.location().path());
        assertEquals("R-HDR-03", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
        assertTrue(f.message().contains("'" + value + "'"), f.message());
        assertTrue(f.message().contains(says), f.message());
        assertTrue(f.message().contains("expected '" + POST_URN + "' for this POST"), f.message());
    }

    @Test
    void aQuotedValueThatIsNoUrnIsNotToldToLoseItsQuotes() {
        List<Finding> found = findings(rule, create(replacing("POST", "InteractionID", "InteractionID: \"hello\"")));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("'\"hello\"'"), found.get(0).message());
        assertFalse(found.get(0).message().contains("remove the"), found.get(0).message());
    }

    @Test
    void onARequestThatIsNoInteractionAllThreeUrnsAreNamed() {
        List<Finding> found = findings(
                rule,
                request(
                        "PUT",
                        BASE + "/" + HeaderFixtures.ID,
                        "fromASID: 918999198738",
                        "toASID: 928942012545",
                        "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiPut"));
        assertEquals(1, found.size(), found::toString);
        String message = found.get(0).message();
        assertTrue(
                message.contains(POST_URN) && message.contains(GET_URN) && message.contains("SubscriptionsApiDelete"),
                message);
    }

    @Test
    void theNameMatchesWhateverItsCase() {
        List<Finding> found = findings(rule, read(replacing("GET", "InteractionID", "interactionid: nonsense")));
        assertEquals(1, found.size(), found::toString);
    }
}
