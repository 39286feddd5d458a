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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;

class ChannelTypeRuleTest {
    private static final ChannelTypeRule RULE = new ChannelTypeRule();

    @ParameterizedTest
    @ValueSource(strings = {"rest-hook", "websocket", "email", "sms"})
    void anotherChannelTypeIsReported(String type) {
        Finding f = only(
                RULE,
                bare(change(XML, "<type value=\"message\"/>", "<type value=\"" + type + "\"/>")),
                SubscriptionFixtures.XML_TYPE,
                "Subscription.channel.type",
                "'" + type + "'",
                "expected 'message'");
        assertEquals("R-SUB-10", f.requirement());
        assertEquals(422, f.httpStatus());
        only(
                RULE,
                bare(change(JSON, "\"type\": \"message\"", "\"type\": \"" + type + "\"")),
                SubscriptionFixtures.JSON_TYPE,
                "Subscription.channel.type",
                "'" + type + "'",
                "expected 'message'");
    }

    @Test
    void aMissingTypeOrChannelIsReported() {
        only(
                RULE,
                bare(change(XML, "    <type value=\"message\"/>\n", "")),
                SubscriptionFixtures.XML_CHANNEL,
                "Subscription.channel.type",
                "missing",
                "'message'");
        only(
                RULE,
                bare(change(JSON, "    \"type\": \"message\",\n", "")),
                SubscriptionFixtures.JSON_CHANNEL,
                "Subscription.channel.type",
                "missing");
        String noChannel = XML.substring(0, XML.indexOf("  <channel>")) + "</Subscription>\n";
        only(RULE, bare(noChannel), 1, "Subscription.channel", "no channel", "'message'");
    }

    @Test
    void itIsSilentOnMessage() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
