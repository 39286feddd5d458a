package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InteractionClassificationTest {
    static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
    static final String ID = "ea0a485187204b49b978bdcf7102388c";

    static Interaction request(String method, String target) {
        return new Interaction("t.http", 0, Origin.HTTP_FILE, method, target, 3, Headers.none(), Body.empty());
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "POST|" + BASE + "|CREATE|",
        "POST|/STU3/Subscription|CREATE|",
        "POST|" + BASE + "/|CREATE|",
        "POST|HTTPS://clinicals.spineservices.nhs.uk/STU3/Subscription|CREATE|",
        "GET|" + BASE + "/" + ID + "|READ|" + ID,
        "GET|/STU3/Subscription/" + ID + "|READ|" + ID,
        "DELETE|" + BASE + "/" + ID + "|DELETE|" + ID,
        "DELETE|/STU3/Subscription/" + ID + "|DELETE|" + ID,
        "GET|" + BASE + "/" + ID + "#frag|READ|" + ID,
    })
    void theThreeInteractionsAreRecognised(String method, String target, InteractionKind kind, String id) {
        InteractionClassification c = InteractionClassification.of(request(method, target));
        assertEquals(kind, c.kind(), c.problem());
        assertTrue(c.isSupported());
        assertEquals("", c.problem());
        assertEquals(Optional.ofNullable(id), c.logicalId());
        assertEquals(kind, request(method, target).kind());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "PUT|" + BASE + "/" + ID + "|no update;DELETE the subscription and POST a new one",
        "PATCH|" + BASE + "/" + ID + "|no update;DELETE the subscription and POST a new one",
        "PUT|" + BASE + "|no update",
        "POST|" + BASE + "/" + ID + "|POST with a subscription id;" + ID,
        "GET|" + BASE + "|GET without a subscription id",
        "GET|" + BASE + "?status=active|searching subscriptions;status=active",
        "GET|/STU3/Subscription?_id=" + ID + "|searching subscriptions",
        "DELETE|" + BASE + "|DELETE without a subscription id",
        "GET|" + BASE + "/" + ID + "/_history|goes beyond Subscription/{id};_history",
        "GET|" + BASE + "/" + ID + "/_history/1|goes beyond Subscription/{id};_history/1",
        "GET|" + BASE + "/_history|not a subscription id;_history",
        "DELETE|" + BASE + "/_history|not a subscription id;_history",
        "POST|" + BASE + "/_search|not a subscription id;_search",
        "POST|" + BASE + "/$validate|not a subscription id;$validate",
        "GET|/STU3/Patient/1|does not address a Subscription;/STU3/Patient/1",
        "POST|https://clinicals.spineservices.nhs.uk/STU3/|does not address a Subscription",
        "POST|https://clinicals.spineservices.nhs.uk|does not address a Subscription",
        "post|" + BASE + "|case-sensitive;'post' is not POST",
        "Get|" + BASE + "/" + ID + "|case-sensitive",
        "delete|" + BASE + "/" + ID + "|case-sensitive",
        "OPTIONS|" + BASE + "|method 'OPTIONS' is not supported;POST (create), GET (read) and DELETE (delete)",
        "HEAD|" + BASE + "/" + ID + "|method 'HEAD' is not supported",
        "FOO|" + BASE + "|method 'FOO' is not supported",
        "POST|Subscription|neither an absolute https URL nor a path",
        "POST|clinicals.spineservices.nhs.uk/STU3/Subscription|neither an absolute https URL nor a path",
        "POST|'{\"a\":1}'|neither an absolute https URL nor a path",
        "POST|https:///STU3/Subscription|neither an absolute https URL nor a path",
        "POST|ftp://clinicals.spineservices.nhs.uk/STU3/Subscription|neither an absolute https URL nor a path",
        "POST|''|neither an absolute https URL nor a path",
    })
    void everythingElseIsUnsupportedWithAHelpfulProblem(String method, String target, String says) {
        String raw = target.startsWith("'") ? target.substring(1, target.length() - 1) : target;
        InteractionClassification c = InteractionClassification.of(request(method, raw));
        assertEquals(InteractionKind.UNSUPPORTED, c.kind(), () -> method + " " + raw + " -> " + c);
        assertFalse(c.isSupported());
        assertEquals(Optional.empty(), c.logicalId());
        for (String fragment : says.split(";")) {
            assertTrue(c.problem().contains(fragment), () -> "'" + c.problem() + "' should contain '" + fragment + "'");
        }
    }

    @Test
    void patchIsToldToDeleteAndCreateAgain() {
        String problem = InteractionClassification.of(request("PATCH", BASE + "/" + ID)).problem();
        assertTrue(problem.startsWith("PATCH is not supported"), problem);
        assertTrue(problem.contains("DELETE") && problem.contains("POST a new one"), problem);
    }

    @Test
    void aBareResourceIsACreate() {
        Interaction bare = new Interaction("s.json", 0, Origin.BARE_RESOURCE, "POST", "", 1, Headers.none(),
                Body.of("{}", 1));
        InteractionClassification c = InteractionClassification.of(bare);
        assertEquals(InteractionKind.CREATE, c.kind());
        assertEquals("", c.problem());
        assertEquals(Optional.empty(), c.logicalId());
    }

    @Test
    void kindsCarryTheirMethodAndInteractionId() {
        assertEquals("POST", InteractionKind.CREATE.method());
        assertEquals("urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet", InteractionKind.READ.interactionId());
        assertEquals("DELETE", InteractionKind.DELETE.method());
        assertEquals("", InteractionKind.UNSUPPORTED.method());
    }
}
