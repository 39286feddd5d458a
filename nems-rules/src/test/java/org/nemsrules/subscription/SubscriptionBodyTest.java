package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code has} is public for rules outside the package: what the body writes, not what HAPI fills in. */
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
}
