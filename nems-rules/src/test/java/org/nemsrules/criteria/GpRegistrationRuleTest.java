package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class GpRegistrationRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final GpRegistrationRule rule = new GpRegistrationRule();

    @Test
    void aTruncatedValueGetsTheValueMeant() {
        assertFiresAt(
                rule,
                EXPLICIT + "&GPRegistration=Registered",
                ">Registered\"",
                "GPRegistration is 'Registered'",
                "did you mean 'RegisteredOnly'?");
        assertEquals(
                "R-CRIT-06", only(rule, EXPLICIT + "&GPRegistration=Registered").requirement());
    }

    @Test
    void bothValuesAreSilent() {
        assertSilent(rule, EXPLICIT + "&GPRegistration=UnregisteredOnly");
    }

    @Test
    void noGpRegistrationIsSilent() {
        assertSilent(rule, EXPLICIT);
    }
}
