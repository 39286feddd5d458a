package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;

class EndRuleTest {
    private static final EndRule RULE = new EndRule();

    static String xmlWithEnd(String end) {
        return change(XML, "  <reason", "  <end value=\"" + end + "\"/>\n  <reason");
    }

    static String jsonWithEnd(String end) {
        return change(JSON, "  \"reason\"", "  \"end\": \"" + end + "\",\n  \"reason\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31", "2026-12", "2026", "2026-12-31T23:59:59", "2026-12-31T23:59+00:00"})
    void anEndThatIsNotAFullInstantIsReported(String end) {
        Finding f = only(
                RULE,
                bare(xmlWithEnd(end)),
                SubscriptionFixtures.XML_REASON,
                "Subscription.end",
                "'" + end + "'",
                "time zone",
                "'2026-12-31T23:59:59+00:00'");
        assertEquals("R-SUB-09", f.requirement());
        assertEquals(422, f.httpStatus());
        only(RULE, bare(jsonWithEnd(end)), SubscriptionFixtures.JSON_REASON, "Subscription.end", "'" + end + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31T23:59:59+00:00", "2026-12-31T23:59:59Z", "2026-12-31T23:59:59.250+01:00"})
    void itIsSilentOnAnInstantOrNoEnd(String end) {
        assertEquals(List.of(), findings(RULE, bare(xmlWithEnd(end))));
        assertEquals(List.of(), findings(RULE, bare(jsonWithEnd(end))));
        assertEquals(List.of(), findings(RULE, bare(XML)));
    }
}
