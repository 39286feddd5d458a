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

class ReasonRuleTest {
    private static final ReasonRule RULE = new ReasonRule();
    private static final String REASON = "Keep the registered practice informed of address changes";

    @Test
    void aMissingReasonIsReported() {
        Finding f = only(
                RULE,
                bare(change(XML, "  <reason value=\"" + REASON + "\"/>\n", "")),
                1,
                "Subscription.reason",
                "reason is missing",
                "human-readable reason");
        assertEquals("R-SUB-07", f.requirement());
        assertEquals(422, f.httpStatus());
        only(
                RULE,
                bare(change(JSON, "  \"reason\": \"" + REASON + "\",\n", "")),
                1,
                "Subscription.reason",
                "reason is missing");
    }

    @Test
    void aBlankReasonIsReportedOnItsLine() {
        only(RULE, bare(change(XML, REASON, "   ")), SubscriptionFixtures.XML_REASON, "Subscription.reason", "blank");
        only(RULE, bare(change(JSON, REASON, "   ")), SubscriptionFixtures.JSON_REASON, "Subscription.reason", "blank");
    }

    @Test
    void aReasonWrittenAsElementTextIsUnparseableNotMissing() {
        String body = change(XML, "<reason value=\"" + REASON + "\"/>", "<reason>" + REASON + "</reason>");
        assertEquals(List.of(), findings(RULE, bare(body)));
        only(
                new UnparseableRule(),
                bare(body),
                SubscriptionFixtures.XML_REASON,
                "Subscription.reason",
                "holds the text 'Keep the registered practice informed of...' between its tags",
                "value attribute");
    }

    @Test
    void itIsSilentOnAReason() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
