package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A message quotes at most 200 characters of a value, and no finding's message is longer than 1,000. */
class EchoTest {
    @Test
    void aValueUpToTwoHundredCharactersIsQuotedWhole() {
        String value = "y".repeat(200);
        assertSame(value, Echo.of(value));
        assertEquals(
                "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost",
                Echo.of("urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost"));
    }

    @Test
    void aLongerValueIsClippedWithAnEllipsisAndItsLength() {
        assertEquals("9".repeat(200) + "\u2026 (201 characters)", Echo.of("9".repeat(201)));
        assertEquals("x".repeat(200) + "\u2026 (1,048,576 characters)", Echo.of("x".repeat(1 << 20)));
    }

    @Test
    void aSurrogatePairIsNotSplit() {
        String value = "a".repeat(199) + "\uD83D\uDE00" + "b".repeat(100);
        assertEquals("a".repeat(199) + "\u2026 (301 characters)", Echo.of(value));
    }

    @Test
    void aRuleThatQuotesAMegabyteWholeStillMakesAShortFinding() {
        String megabyte = "z".repeat(1 << 20);
        TestRule careless = new TestRule(
                "custom.careless",
                Set.of(),
                (context, sink) -> sink.report(1, "", "found '" + megabyte + "'; expected 'GP'"));

        List<Finding> findings =
                TestRule.validator(careless).validate(TestRule.interaction("c.http", 0, "POST", "/STU3/Subscription"));

        String length = "\u2026 (1,048,599 characters)";
        String clipped = "found '" + "z".repeat(Echo.MAX_MESSAGE - "found '".length() - length.length()) + length;
        assertEquals(Echo.MAX_MESSAGE, clipped.length());
        assertEquals(clipped, findings.get(0).message());
    }

    @Test
    void aFindingMadeOutsideASinkIsHeldToTheBoundToo() {
        Finding made = new Finding(
                "custom.made",
                Severity.ERROR,
                "m".repeat(5_000),
                new Location("c.http", 0, 1, null, ""),
                "",
                null,
                null);
        assertEquals("m".repeat(Echo.MAX_MESSAGE - 20) + "\u2026 (5,000 characters)", made.message());
        assertEquals(
                made.message(),
                new Finding("custom.made", Severity.ERROR, made.message(), made.location(), "", null, null).message(),
                "a clipped message is not clipped again");
    }
}
