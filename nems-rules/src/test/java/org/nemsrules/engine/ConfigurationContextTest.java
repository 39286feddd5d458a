package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What several configuration rules read is computed once a run, whichever rule asks first. */
class ConfigurationContextTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void aKeyIsComputedOnceAndEachKeyForItself() {
        AtomicInteger inspections = new AtomicInteger();
        ConfigurationContext.Key<String> inspected = ConfigurationContext.Key.of(
                "inspected", c -> c.configuration().source() + "@" + inspections.incrementAndGet());
        ConfigurationContext.Key<Instant> judged = ConfigurationContext.Key.of("judged", ConfigurationContext::now);
        ConfigurationContext context = new ConfigurationContext(() -> "nems-rules.yaml", NOW);

        String first = context.computed(inspected);
        assertSame(first, context.computed(inspected), "the second rule gets what the first computed");
        assertEquals("nems-rules.yaml@1", first);
        assertEquals(1, inspections.get());
        assertEquals(NOW, context.computed(judged));
        assertEquals(
                "nems-rules.yaml@2",
                new ConfigurationContext(() -> "nems-rules.yaml", NOW).computed(inspected),
                "another run computes anew");
    }
}
