package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.model.Interaction;

/** The criteria of a request are parsed and checked once, whichever and however many criteria rules ask. */
class WrittenCriteriaTest {
    @Test
    void everyRuleOfOneRequestGetsTheSameParsedCriteria() {
        Interaction interaction =
                CriteriaFixtures.Form.XML_REQUEST.interaction(CriteriaFixtures.VALID, CriteriaFixtures.PATIENT);
        RuleContext context = new RuleContext(interaction);

        WrittenCriteria first = WrittenCriteria.read(context).orElseThrow();

        assertSame(first, WrittenCriteria.read(context).orElseThrow());
        assertTrue(first.problems().isEmpty(), first.problems().toString());
    }

    @Test
    void anotherRequestGetsItsOwn() {
        Interaction interaction =
                CriteriaFixtures.Form.JSON_REQUEST.interaction(CriteriaFixtures.VALID, CriteriaFixtures.PATIENT);

        WrittenCriteria one = WrittenCriteria.read(new RuleContext(interaction)).orElseThrow();
        WrittenCriteria other =
                WrittenCriteria.read(new RuleContext(interaction)).orElseThrow();

        assertFalse(one == other, "a context belongs to one interaction on one thread; nothing is shared across");
    }
}
