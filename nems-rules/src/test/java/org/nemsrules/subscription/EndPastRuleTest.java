package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.subscription.EndRuleTest.jsonWithEnd;
import static org.nemsrules.subscription.EndRuleTest.xmlWithEnd;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;

class EndPastRuleTest {
    private static final EndPastRule RULE = new EndPastRule();
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void anEndBeforeTheJudgingInstantIsAWarning() {
        Map<Interaction, Integer> lines = Map.of(
                bare(xmlWithEnd("2025-12-31T23:59:59+00:00")), SubscriptionFixtures.XML_REASON,
                bare(jsonWithEnd("2025-12-31T23:59:59+00:00")), SubscriptionFixtures.JSON_REASON);
        for (Interaction request : lines.keySet()) {
            List<Finding> found = findings(RULE, request, NOW);
            assertEquals(1, found.size(), found::toString);
            Finding f = found.get(0);
            assertEquals(EndPastRule.ID, f.ruleId());
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(lines.get(request), f.location().line());
            assertEquals("Subscription.end", f.location().path());
            assertEquals("R-SUB-09", f.requirement());
            assertNull(f.httpStatus());
            assertTrue(
                    f.message().contains("2025-12-31T23:59:59+00:00")
                            && f.message().contains(NOW.toString()),
                    f.message());
        }
    }

    @Test
    void itIsSilentOnAFutureEndNoEndOrNoJudgingInstant() {
        assertEquals(List.of(), findings(RULE, bare(xmlWithEnd("2026-12-31T23:59:59+00:00")), NOW));
        assertEquals(List.of(), findings(RULE, bare(XML), NOW));
        assertEquals(
                List.of(),
                findings(RULE, bare(xmlWithEnd("2025-12-31T23:59:59+00:00"))),
                "without an instant a recording's findings must not depend on the day");
    }
}
