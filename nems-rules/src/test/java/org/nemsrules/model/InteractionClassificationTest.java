package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.model.InteractionClassification.Problem;

class InteractionClassificationTest {
    static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
    static final String ID = "ea0a485187204b49b978bdcf7102388c";

    static Interaction request(String method, String target) {
        return new Interaction("t.http", 0, Origin.HTTP_FILE, method, target, 3, Headers.none(), Body.empty());
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|" + BASE + "|CREATE|",
                "POST|/STU3/Subscription|CREATE|",
                "POST|" + BASE + "/|CREATE|",
                "POST|HTTPS://clinicals.spineservices.nhs.uk/STU3/Subscription|CREATE|",
                "GET|" + BASE + "/" + ID + "|READ|" + ID,
                "GET|/STU3/Subscription/" + ID + "|READ|" + ID,
                "DELETE|" + BASE + "/" + ID + "|DELETE|" + ID,
                "DELETE|/STU3/Subscription/" + ID + "|DELETE|" + ID,
                "GET|" + BASE + "/" + ID + "#frag|READ|" + ID,
                "GET|" + BASE + "/{id}|READ|{id}",
                "DELETE|" + BASE + "/abc_def|DELETE|abc_def",
            })
    void theThreeInteractionsAreRecognised(String method, String target, InteractionKind kind, String id) {
        InteractionClassification c = InteractionClassification.of(request(method, target));
        assertEquals(kind, c.kind(), c.message());
        assertTrue(c.isSupported());
        assertEquals(Problem.NONE, c.problem());
        assertEquals("", c.message());
        assertEquals(Optional.ofNullable(id), c.logicalId());
        assertEquals(kind, request(method, target).kind());
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PUT|" + BASE + "/" + ID + "|NO_UPDATE|no update;DELETE the subscription and POST a new one",
                "PATCH|" + BASE + "/" + ID + "|NO_UPDATE|no update;DELETE the subscription and POST a new one",
                "PUT|" + BASE + "|NO_UPDATE|no update",
                "put|" + BASE + "/" + ID + "|NO_UPDATE|put is not supported;no update",
                "POST|" + BASE + "/" + ID + "|ID_ON_CREATE|POST with a subscription id;" + ID,
                "GET|" + BASE + "|MISSING_ID|GET without a subscription id",
                "GET|" + BASE + "/|MISSING_ID|GET without a subscription id",
                "GET|" + BASE + "?status=active|SEARCH|searching subscriptions;status=active",
                "GET|/STU3/Subscription?_id=" + ID + "|SEARCH|searching subscriptions",
                "DELETE|" + BASE + "|MISSING_ID|DELETE without a subscription id",
                "GET|" + BASE + "/" + ID + "/_history|BEYOND_ID|goes beyond Subscription/{id};_history",
                "GET|" + BASE + "/" + ID + "/_history/1|BEYOND_ID|goes beyond Subscription/{id};_history/1",
                "GET|" + BASE + "/_history|BEYOND_ID|not a subscription id;_history",
                "DELETE|" + BASE + "/_history|BEYOND_ID|not a subscription id;_history",
                "POST|" + BASE + "/_search|BEYOND_ID|not a subscription id;_search",
                "POST|" + BASE + "/$validate|BEYOND_ID|not a subscription id;$validate",
                "PUT|" + BASE + "/" + ID + "/extra|BEYOND_ID|goes beyond Subscription/{id};extra",
                "GET|/STU3/Patient/1|NOT_SUBSCRIPTION|does not address a Subscription;/STU3/Patient/1",
                "OPTIONS|/STU3/Patient|NOT_SUBSCRIPTION|does not address a Subscription",
                "POST|https://clinicals.spineservices.nhs.uk/STU3/|NOT_SUBSCRIPTION|does not address a Subscription",
                "POST|https://clinicals.spineservices.nhs.uk|NOT_SUBSCRIPTION|does not address a Subscription",
                "post|" + BASE + "|METHOD_CASE|case-sensitive;'post' is not POST",
                "Get|" + BASE + "/" + ID + "|METHOD_CASE|case-sensitive",
                "delete|" + BASE + "/" + ID + "|METHOD_CASE|case-sensitive",
                "OPTIONS|" + BASE
                        + "|UNSUPPORTED_METHOD|method 'OPTIONS' is not supported;POST (create), GET (read) and DELETE (delete)",
                "HEAD|" + BASE + "/" + ID + "|UNSUPPORTED_METHOD|method 'HEAD' is not supported",
                "head|" + BASE + "/" + ID + "|UNSUPPORTED_METHOD|method 'head' is not supported",
                "FOO|" + BASE + "|UNSUPPORTED_METHOD|method 'FOO' is not supported",
                "POST|Subscription|NOT_A_TARGET|neither an absolute https URL nor a path",
                "POST|clinicals.spineservices.nhs.uk/STU3/Subscription|NOT_A_TARGET|neither an absolute https URL nor a path",
                "POST|'{\"a\":1}'|NOT_A_TARGET|neither an absolute https URL nor a path",
                "POST|https:///STU3/Subscription|NOT_A_TARGET|neither an absolute https URL nor a path",
                "POST|ftp://clinicals.spineservices.nhs.uk/STU3/Subscription|NOT_A_TARGET|neither an absolute https URL nor a path",
                "POST|''|NOT_A_TARGET|neither an absolute https URL nor a path",
            })
    void everythingElseIsUnsupportedWithItsProblemAndAHelpfulMessage(
            String method, String target, Problem problem, String says) {
        String raw = target.startsWith("'") ? target.substring(1, target.length() - 1) : target;
        InteractionClassification c = InteractionClassification.of(request(method, raw));
        assertEquals(InteractionKind.UNSUPPORTED, c.kind(), () -> method + " " + raw + " -> " + c);
        assertEquals(problem, c.problem(), c::message);
        assertFalse(c.isSupported());
        assertEquals(Optional.empty(), c.logicalId());
        for (String fragment : says.split(";")) {
            assertTrue(c.message().contains(fragment), () -> "'" + c.message() + "' should contain '" + fragment + "'");
        }
    }

    @Test
    void theTargetIsJudgedBeforeTheMethod() {
        assertEquals(
                Problem.NOT_SUBSCRIPTION,
                InteractionClassification.of(request("PUT", "/STU3/Patient/1")).problem());
        assertEquals(
                Problem.BEYOND_ID,
                InteractionClassification.of(request("patch", BASE + "/" + ID + "/_history"))
                        .problem());
        assertEquals(
                Problem.NOT_A_TARGET,
                InteractionClassification.of(request("OPTIONS", "*")).problem());
    }

    @Test
    void patchIsToldToDeleteAndCreateAgain() {
        String problem =
                InteractionClassification.of(request("PATCH", BASE + "/" + ID)).message();
        assertTrue(problem.startsWith("PATCH is not supported"), problem);
        assertTrue(problem.contains("DELETE") && problem.contains("POST a new one"), problem);
    }

    @Test
    void aBareResourceIsACreate() {
        Interaction bare =
                new Interaction("s.json", 0, Origin.BARE_RESOURCE, "POST", "", 1, Headers.none(), Body.of("{}", 1));
        InteractionClassification c = InteractionClassification.of(bare);
        assertEquals(InteractionKind.CREATE, c.kind());
        assertEquals(Problem.NONE, c.problem());
        assertEquals("", c.message());
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
