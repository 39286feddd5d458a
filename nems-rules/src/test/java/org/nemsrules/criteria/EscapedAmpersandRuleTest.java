package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class EscapedAmpersandRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private final EscapedAmpersandRule rule = new EscapedAmpersandRule();

    @Test
    void aLiteralAmpEntityIsReportedOnceAtTheFirst() {
        assertFiresAt(
                rule,
                "/Bundle?type=message&amp;" + PID + "&amp;" + EVENT,
                "&amp;",
                "'&amp;' (2 times)",
                "in JSON write a plain '&'");
        assertEquals(
                "R-CRIT-11",
                only(rule, "/Bundle?type=message&amp;" + PID + "&amp;" + EVENT).requirement());
    }

    @Test
    void plainSeparatorsAreSilent() {
        assertSilent(rule, VALID);
    }
}
