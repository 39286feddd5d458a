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

class ChannelEndpointRuleTest {
    private static final ChannelEndpointRule RULE = new ChannelEndpointRule();

    @Test
    void aMissingEndpointIsReportedAtTheChannel() {
        Finding f = only(
                RULE,
                bare(change(XML, "    <endpoint value=\"A99968OT001\"/>\n", "")),
                SubscriptionFixtures.XML_CHANNEL,
                "Subscription.channel.endpoint",
                "missing",
                "MESH mailbox");
        assertEquals("R-SUB-11", f.requirement());
        assertEquals(422, f.httpStatus());
        only(
                RULE,
                bare(change(JSON, ",\n    \"endpoint\": \"A99968OT001\"", "")),
                SubscriptionFixtures.JSON_CHANNEL,
                "Subscription.channel.endpoint",
                "missing");
    }

    @Test
    void aBlankEndpointIsReportedOnItsLine() {
        only(
                RULE,
                bare(change(XML, "A99968OT001", "  ")),
                SubscriptionFixtures.XML_ENDPOINT,
                "Subscription.channel.endpoint",
                "blank");
        only(
                RULE,
                bare(change(JSON, "A99968OT001", "  ")),
                SubscriptionFixtures.JSON_ENDPOINT,
                "Subscription.channel.endpoint",
                "blank");
    }

    @Test
    void itIsSilentOnAnyEndpointAndWithoutChannel() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        assertEquals(List.of(), findings(RULE, bare(change(XML, "A99968OT001", "urn:nhs-uk:addressing:ods:RR8"))));
        String noChannel = XML.substring(0, XML.indexOf("  <channel>")) + "</Subscription>\n";
        assertEquals(List.of(), findings(RULE, bare(noChannel)), "subscription.channel-type reports it");
    }
}
