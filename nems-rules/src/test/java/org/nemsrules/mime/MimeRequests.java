package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.recording.Recording;

/**
 * Requests for the mime rule tests, read from {@code .http} text so that lines are those a user
 * sees. Every request has the same layout: the request line on line 1, the Spine headers on lines
 * 2-4, Content-Type on line 5 and Accept on line 6 (a comment holds the line when a header is left
 * out), a blank line, and the body from line 8.
 */
final class MimeRequests {
    static final int REQUEST_LINE = 1;
    static final int CONTENT_TYPE_LINE = 5;
    static final int ACCEPT_LINE = 6;
    static final int BODY_LINE = 8;

    static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
    static final String ID = "7f3c2a9e41d84b0b9c5e6a1d2f7b8c03";
    static final String XML_BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Subscription xmlns=\"http://hl7.org/fhir\">\n  <status value=\"requested\"/>\n</Subscription>";
    static final String JSON_BODY = "{\n  \"resourceType\": \"Subscription\",\n  \"status\": \"requested\"\n}";
    static final String NEITHER_BODY = "resourceType=Subscription&status=requested";

    private MimeRequests() {}

    /** A create with this Content-Type and Accept (each {@code null} to leave it out) and body. */
    static Interaction create(String contentType, String accept, String body) {
        return parse(http("POST " + BASE, "SubscriptionsApiPost", contentType, accept, body));
    }

    /** A read with this Accept ({@code null} to leave it out) and no body. */
    static Interaction read(String accept) {
        return parse(http("GET " + BASE + "/" + ID, "SubscriptionsApiGet", null, accept, ""));
    }

    /** A delete with this Accept and Content-Type, and no body. */
    static Interaction delete(String contentType, String accept) {
        return parse(http("DELETE " + BASE + "/" + ID, "SubscriptionsApiDelete", contentType, accept, ""));
    }

    /** An update, which is no Subscription API interaction. */
    static Interaction update(String contentType, String body) {
        return parse(http("PUT " + BASE + "/" + ID, "SubscriptionsApiPost", contentType, null, body));
    }

    static Interaction bareResource(String body) {
        return new Interaction(
                "subscription.json", 0, Origin.BARE_RESOURCE, "", "", 0, Headers.none(), Body.of(body, 1));
    }

    static String http(String requestLine, String interaction, String contentType, String accept, String body) {
        return requestLine + " HTTP/1.1\n"
                + "fromASID: 918999198738\n"
                + "toASID: 928942012545\n"
                + "InteractionID: urn:nhs:names:services:clinicals-sync:" + interaction + "\n"
                + (contentType == null ? "# no Content-Type" : "Content-Type: " + contentType) + "\n"
                + (accept == null ? "# no Accept" : "Accept: " + accept) + "\n"
                + "\n"
                + body;
    }

    /** The one request in this .http text. */
    static Interaction parse(String http) {
        Recording recording = new HttpFileReader().read("test.http", http.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), recording.problems(), "the test request must read cleanly");
        assertEquals(1, recording.interactions().size());
        return recording.interactions().get(0);
    }

    /** What the rule finds in the request, run through the real validator. */
    static List<Finding> findings(Rule rule, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .threads(1)
                .build()
                .validate(interaction);
    }
}
