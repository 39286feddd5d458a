package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code has} is public for rules outside the package: what the body writes, not what HAPI fills in. The warm-up a
 * process runs as it starts must read real Subscriptions: a body that HAPI never reaches warms nothing.
 */
class SubscriptionBodyTest {
    @Test
    void hasTellsWhetherAnElementIsWrittenInTheBody() {
        for (String text : List.of(XML, JSON)) {
            SubscriptionBody body = SubscriptionBody.read(bare(text)).get();
            assertTrue(body.has("Subscription.status"), text);
            assertTrue(body.has("Subscription.contact[0].use"), text);
            assertFalse(body.has("Subscription.end"), text);
            assertFalse(body.has("Subscription.contact[1]"), text);
        }
    }

    @Test
    void theWarmUpBodiesAreReadableSubscriptionsInBothSyntaxes() {
        for (String text : List.of(SubscriptionBody.WARM_UP_XML, SubscriptionBody.WARM_UP_JSON)) {
            SubscriptionParser.Outcome outcome = SubscriptionParser.parse(text, new BodyLines(1, false));
            assertEquals(List.of(), outcome.problems(), text);
            assertTrue(outcome.body().orElseThrow().isSubscription(), text);
            assertEquals(
                    "/Bundle?type=message",
                    outcome.body().orElseThrow().subscription().getCriteria(),
                    text);
        }
        SubscriptionBody.warmUp();
    }
}
