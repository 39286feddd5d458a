package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;

class ForbiddenElementRuleTest {
    private static final ForbiddenElementRule RULE = new ForbiddenElementRule();

    @Test
    void anErrorElementIsReportedOnItsLine() {
        Finding f = only(
                RULE,
                bare(change(XML, "  <channel>", "  <error value=\"delivery failed\"/>\n  <channel>")),
                SubscriptionFixtures.XML_CHANNEL,
                "Subscription.error",
                "'delivery failed'",
                "0..0");
        assertEquals("R-SUB-13", f.requirement());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
        only(
                RULE,
                bare(change(JSON, "  \"channel\"", "  \"error\": \"delivery failed\",\n  \"channel\"")),
                SubscriptionFixtures.JSON_CHANNEL,
                "Subscription.error",
                "'delivery failed'");
    }

    @Test
    void aTagIsReportedOnItsLine() {
        only(
                RULE,
                bare(change(XML, "  </channel>\n", "  </channel>\n  <tag>\n    <code value=\"chis\"/>\n  </tag>\n")),
                SubscriptionFixtures.XML_ENDPOINT + 2,
                "Subscription.tag[0]",
                "tag",
                "0..0",
                "tag= component");
        only(
                RULE,
                bare(change(JSON, "  \"channel\"", "  \"tag\": [{\"code\": \"chis\"}],\n  \"channel\"")),
                SubscriptionFixtures.JSON_CHANNEL,
                "Subscription.tag[0]",
                "0..0");
    }

    @Test
    void itIsSilentWithoutThemAndOnATagInTheCriteria() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        assertEquals(
                List.of(),
                findings(
                        RULE,
                        bare(change(XML, "pds-change-of-address-1\"", "pds-change-of-address-1&amp;tag=site123\""))));
    }
}
