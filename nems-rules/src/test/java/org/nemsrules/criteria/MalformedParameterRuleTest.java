package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class MalformedParameterRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final MalformedParameterRule rule = new MalformedParameterRule();

    @Test
    void aSecondQuestionMarkIsReportedWithTheComponentMeant() {
        assertFiresAt(
                rule,
                EXPLICIT + "&MessageHeader?event=pds-change-of-gp-1",
                "?event",
                "holds a second '?'",
                "did you mean 'MessageHeader.event'?");
        assertEquals(
                "R-CRIT-11",
                only(rule, EXPLICIT + "&MessageHeader?event=pds-change-of-gp-1").requirement());
    }

    @Test
    void anEmptyValueIsReportedAtItsParameter() {
        assertFiresAt(rule, EXPLICIT + "&tag=", "tag=", "'tag=' has no value");
    }

    @Test
    void aParameterWithoutEqualsIsReported() {
        assertFiresAt(rule, EXPLICIT + "&GP", ">GP\"", "'GP' has no '='");
    }

    @Test
    void wellFormedParametersAreSilent() {
        assertSilent(rule, VALID);
    }

    @Test
    void aValueHoldingEqualsIsSilent() {
        assertSilent(rule, EXPLICIT + "&tag=a=b");
    }
}
