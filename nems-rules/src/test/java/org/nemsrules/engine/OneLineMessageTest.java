package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finding is one line in every report, whatever line breaks the text it quotes holds. */
class OneLineMessageTest {
    @Test
    void lineBreaksInAMessageBecomeOneSpace() {
        TestRule quoting = new TestRule(
                "custom.quoting",
                Set.of(),
                (context, sink) -> sink.report(1, "", "found 'a\nb' then\r\n   at [Source: x]\rend"));

        List<Finding> findings =
                TestRule.validator(quoting).validate(TestRule.interaction("c.http", 0, "POST", "/STU3/Subscription"));

        assertEquals("found 'a b' then at [Source: x] end", findings.get(0).message());
    }

    @Test
    void aCrashWhoseMessageHasLineBreaksIsReportedOnOneLine() {
        TestRule crashing = new TestRule("custom.crashing", Set.of(), (context, sink) -> {
            throw new IllegalStateException("first\nsecond");
        });

        List<Finding> findings =
                TestRule.validator(crashing).validate(TestRule.interaction("c.http", 0, "POST", "/STU3/Subscription"));

        assertEquals(
                "internal error in rule custom.crashing (please report it): java.lang.IllegalStateException: "
                        + "first second",
                findings.get(0).message());
    }
}
