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

class ServerAssignedIdRuleTest {
    private static final ServerAssignedIdRule RULE = new ServerAssignedIdRule();
    private static final String ID = "ea0a485187204b49b978bdcf7102388c";

    @Test
    void anIdOnCreateIsReportedOnItsLine() {
        Finding f = only(
                RULE,
                bare(change(XML, "  <meta>", "  <id value=\"" + ID + "\"/>\n  <meta>")),
                2,
                "Subscription.id",
                "'" + ID + "'",
                "expected no id");
        assertEquals("R-SUB-12", f.requirement());
        assertEquals(405, f.httpStatus());
        assertEquals("MSG_RESOURCE_ID_FAIL", f.spineCode());
        only(
                RULE,
                bare(change(JSON, "  \"meta\"", "  \"id\": \"" + ID + "\",\n  \"meta\"")),
                3,
                "Subscription.id",
                "'" + ID + "'");
    }

    @Test
    void itIsSilentWithoutId() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
