package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class GpRegistrationRedundantRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final GpRegistrationRedundantRule rule = new GpRegistrationRedundantRule();

    @Test
    void gpRegistrationWithGpGpGpIsReported() {
        assertFiresAt(
                rule,
                VALID_GENERIC + "&GPRegistration=RegisteredOnly",
                "GPRegistration",
                "combined with subscriptionRuleType=GP_GP_GP",
                "already matches only patients with a registered GP");
        assertEquals(
                "R-CRIT-06",
                only(rule, VALID_GENERIC + "&GPRegistration=RegisteredOnly").requirement());
    }

    @Test
    void unregisteredOnlyWithChoGpCcgMatchesNoOne() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("GP_GP_GP", "CHO_GP_CCG") + "&GPRegistration=UnregisteredOnly",
                "GPRegistration",
                "matches no patient at all");
    }

    @Test
    void gpRegistrationWithAPostcodeRuleIsSilent() {
        assertSilent(rule, VALID_GENERIC.replace("GP_GP_GP", "CHO_POSTCODE_CCG") + "&GPRegistration=RegisteredOnly");
    }

    @Test
    void gpRegistrationOnAnExplicitSubscriptionIsSilent() {
        assertSilent(rule, EXPLICIT + "&GPRegistration=RegisteredOnly");
    }
}
