package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.create;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;

class StatusRuleTest {
    private static final StatusRule RULE = new StatusRule();

    @ParameterizedTest
    @ValueSource(strings = {"active", "off", "error"})
    void anotherStatusIsReportedWithFoundAndExpected(String status) {
        Finding f = only(
                RULE,
                create(change(XML, "\"requested\"", "\"" + status + "\"")),
                SubscriptionFixtures.CREATE_BODY_LINE + SubscriptionFixtures.XML_STATUS - 1,
                "Subscription.status",
                "'" + status + "'",
                "expected 'requested'");
        assertEquals("R-SUB-04", f.requirement());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
        only(
                RULE,
                bare(change(JSON, "\"requested\"", "\"" + status + "\"")),
                SubscriptionFixtures.JSON_STATUS,
                "Subscription.status",
                "'" + status + "'",
                "expected 'requested'");
    }

    @Test
    void aMissingStatusIsReportedAtTheRoot() {
        only(
                RULE,
                bare(change(XML, "  <status value=\"requested\"/>\n", "")),
                1,
                "Subscription.status",
                "missing",
                "'requested'");
        only(RULE, bare(change(JSON, "  \"status\": \"requested\",\n", "")), 1, "Subscription.status", "missing");
    }

    @Test
    void itIsSilentOnRequested() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
