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

class ServerAssignedMetaRuleTest {
    private static final ServerAssignedMetaRule RULE = new ServerAssignedMetaRule();

    @Test
    void lastUpdatedOnCreateIsReportedOnItsLine() {
        Finding f = only(
                RULE,
                bare(change(XML, "  <meta>\n", "  <meta>\n    <lastUpdated value=\"2018-07-27T00:00:00+00:00\"/>\n")),
                3,
                "Subscription.meta.lastUpdated",
                "'2018-07-27T00:00:00+00:00'",
                "expected none");
        assertEquals("R-SUB-12", f.requirement());
        assertEquals(422, f.httpStatus());
        only(
                RULE,
                bare(change(
                        JSON,
                        "  \"meta\": {\n",
                        "  \"meta\": {\n    \"lastUpdated\": \"2018-07-27T00:00:00+00:00\",\n")),
                4,
                "Subscription.meta.lastUpdated",
                "'2018-07-27T00:00:00+00:00'");
    }

    @Test
    void versionIdOnCreateIsReported() {
        only(
                RULE,
                bare(change(XML, "  <meta>\n", "  <meta>\n    <versionId value=\"3\"/>\n")),
                3,
                "Subscription.meta.versionId",
                "'3'",
                "expected none");
        only(
                RULE,
                bare(change(JSON, "  \"meta\": {\n", "  \"meta\": {\n    \"versionId\": \"3\",\n")),
                4,
                "Subscription.meta.versionId",
                "'3'");
    }

    @Test
    void itIsSilentOnAProfileOnly() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
