package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class SubscriptionKindRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final SubscriptionKindRule rule = new SubscriptionKindRule();

    @Test
    void neitherIsReportedWithTheReadPagesMistake() {
        assertFiresAt(
                rule,
                "/Bundle?type=message&Organization.identifier=X2458&" + EVENT,
                "/Bundle",
                "neither explicit",
                "add subscriptionRuleType");
        assertEquals(
                "R-CRIT-10",
                only(rule, "/Bundle?type=message&Organization.identifier=X2458&" + EVENT)
                        .requirement());
    }

    @Test
    void bothIsReportedAtTheLaterOfTheTwo() {
        assertFiresAt(
                rule,
                EXPLICIT + "&subscriptionRuleType=GP_GP_GP&Organization.identifier=B86011",
                "subscriptionRuleType",
                "both explicit (Patient.identifier) and generic (subscriptionRuleType)");
    }

    @Test
    void anExplicitCriteriaIsSilent() {
        assertSilent(rule, VALID);
    }

    @Test
    void aGenericCriteriaIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }
}
