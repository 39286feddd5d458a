package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nemsrules.http.HttpRuleFixtures.BASE;
import static org.nemsrules.http.HttpRuleFixtures.BODY_LINE;
import static org.nemsrules.http.HttpRuleFixtures.ID;
import static org.nemsrules.http.HttpRuleFixtures.REQUEST_LINE;
import static org.nemsrules.http.HttpRuleFixtures.XML_BODY;
import static org.nemsrules.http.HttpRuleFixtures.assertError400BadRequest;
import static org.nemsrules.http.HttpRuleFixtures.assertOneFinding;
import static org.nemsrules.http.HttpRuleFixtures.findings;
import static org.nemsrules.http.HttpRuleFixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.model.Body;
import org.nemsrules.model.Origin;

class BodyNotAllowedRuleTest {
    private static final BodyNotAllowedRule RULE = new BodyNotAllowedRule();

    @Test
    void itFiresOnAReadWithABodyAtTheBodysLineSayingHowManyBytes() {
        assertOneFinding(
                findings(RULE, request("GET", BASE + "/" + ID, "{\"id\":\"x\"}")),
                RULE,
                BODY_LINE,
                "body",
                "R-HTTP-05",
                "a read (GET [base]/Subscription/{id})",
                "a body of 10 bytes",
                "expected no body");
    }

    @Test
    void itFiresOnADeleteWithABody() {
        int bytes = XML_BODY.length();
        assertOneFinding(
                findings(RULE, request("DELETE", BASE + "/" + ID, XML_BODY)),
                RULE,
                BODY_LINE,
                "body",
                "R-HTTP-05",
                "a delete (DELETE",
                "a body of " + bytes + " bytes");
    }

    @Test
    void itCountsBytesNotCharacters() {
        assertOneFinding(
                findings(RULE, request("GET", BASE + "/" + ID, "é")),
                RULE,
                BODY_LINE,
                "body",
                "R-HTTP-05",
                "a body of 2 bytes");
    }

    @Test
    void aBodyWithoutALineIsReportedAtTheRequestLine() {
        String message = assertOneFinding(
                        findings(RULE, request(Origin.PROGRAMMATIC, "GET", BASE + "/" + ID, Body.of(" ", 0))),
                        RULE,
                        REQUEST_LINE,
                        "body",
                        "R-HTTP-05",
                        "a body of 1 byte")
                .message();
        assertFalse(message.contains("1 bytes"), message);
    }

    @Test
    void itIsSilentOnAReadOrDeleteWithoutABody() {
        assertEquals(List.of(), findings(RULE, request("GET", BASE + "/" + ID)));
        assertEquals(List.of(), findings(RULE, request("DELETE", BASE + "/" + ID)));
    }

    @Test
    void itIsSilentOnACreateAndOnUnsupportedRequests() {
        assertEquals(List.of(), findings(RULE, request("POST", BASE, XML_BODY)));
        assertEquals(List.of(), findings(RULE, request("PUT", BASE + "/" + ID, XML_BODY)));
        assertEquals(List.of(), findings(RULE, request("GET", BASE + "?status=active", XML_BODY)));
    }

    @Test
    void itPredictsAnInferred400() {
        assertError400BadRequest(RULE, true);
    }
}
