package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.http.HttpRuleFixtures.BASE;
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

class MissingBodyRuleTest {
    private static final MissingBodyRule RULE = new MissingBodyRule();

    @Test
    void itFiresOnACreateWithoutABodyAtTheRequestLine() {
        assertOneFinding(
                findings(RULE, request("POST", BASE)),
                RULE,
                REQUEST_LINE,
                "body",
                "R-HTTP-06",
                "a create (POST [base]/Subscription) has no body",
                "expected one Subscription resource in XML or JSON");
    }

    @Test
    void itFiresOnACreateWhoseBodyIsOnlyWhitespace() {
        assertOneFinding(
                findings(RULE, request(Origin.HAR, "POST", BASE, Body.of(" \r\n\t", 40))),
                RULE,
                40,
                "body",
                "R-HTTP-06",
                "a body of only whitespace (4 bytes)",
                "expected one Subscription resource");
    }

    @Test
    void aWhitespaceBodyWithoutAKnownLineIsReportedAtTheRequestLine() {
        assertOneFinding(
                findings(RULE, request(Origin.HAR, "POST", BASE, Body.of(" \n", 0))),
                RULE,
                REQUEST_LINE,
                "body",
                "R-HTTP-06",
                "a body of only whitespace (2 bytes)");
    }

    @Test
    void itIsSilentOnACreateWithABody() {
        assertEquals(List.of(), findings(RULE, request("POST", BASE, XML_BODY)));
        assertEquals(
                List.of(),
                findings(RULE, request("POST", "/STU3/Subscription", "{\"resourceType\":\"Subscription\"}")));
    }

    @Test
    void itIsSilentOnReadDeleteAndUnsupportedRequests() {
        assertEquals(List.of(), findings(RULE, request("GET", BASE + "/" + ID)));
        assertEquals(List.of(), findings(RULE, request("DELETE", BASE + "/" + ID)));
        assertEquals(List.of(), findings(RULE, request("POST", BASE + "/" + ID)));
        assertEquals(List.of(), findings(RULE, request("post", BASE)));
    }

    @Test
    void itIsSilentOnABareResource() {
        assertEquals(List.of(), findings(RULE, request(Origin.BARE_RESOURCE, "POST", "", Body.empty())));
    }

    @Test
    void itNamesTheExplicit400() {
        assertError400BadRequest(RULE, false);
    }
}
