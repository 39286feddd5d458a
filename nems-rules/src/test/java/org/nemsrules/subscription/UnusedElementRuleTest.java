package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class UnusedElementRuleTest {
    private static final UnusedElementRule RULE = new UnusedElementRule();

    @Test
    void aPayloadIsAnInfoOnItsLine() {
        Finding f = only(
                RULE,
                bare(change(XML, "  </channel>", "    <payload value=\"application/fhir+json\"/>\n  </channel>")),
                SubscriptionFixtures.XML_ENDPOINT + 1,
                "Subscription.channel.payload",
                "'application/fhir+json'",
                "MESH");
        assertEquals(Severity.INFO, f.severity());
        assertEquals("R-SUB-14", f.requirement());
        assertNull(f.httpStatus());
        only(
                RULE,
                bare(change(
                        JSON,
                        "\"endpoint\": \"A99968OT001\"",
                        "\"endpoint\": \"A99968OT001\",\n    \"payload\": \"application/fhir+json\"")),
                SubscriptionFixtures.JSON_ENDPOINT + 1,
                "Subscription.channel.payload",
                "'application/fhir+json'");
    }

    @Test
    void aHeaderIsAnInfoOnItsLine() {
        only(
                RULE,
                bare(change(XML, "  </channel>", "    <header value=\"X-Api-Key: 1\"/>\n  </channel>")),
                SubscriptionFixtures.XML_ENDPOINT + 1,
                "Subscription.channel.header[0]",
                "header",
                "MESH");
        only(
                RULE,
                bare(change(
                        JSON,
                        "\"endpoint\": \"A99968OT001\"",
                        "\"endpoint\": \"A99968OT001\",\n    \"header\": [\"X-Api-Key: 1\"]")),
                SubscriptionFixtures.JSON_ENDPOINT + 1,
                "Subscription.channel.header[0]",
                "header");
    }

    @Test
    void itIsSilentWithoutThem() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
