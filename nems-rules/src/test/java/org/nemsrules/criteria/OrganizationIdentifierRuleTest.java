package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class OrganizationIdentifierRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final OrganizationIdentifierRule rule = new OrganizationIdentifierRule();

    @Test
    void aGenericSubscriptionWithoutOneIsReportedQuotingBothSources() {
        assertFiresAt(
                rule,
                "/Bundle?type=message&subscriptionRuleType=GP_GP_GP&" + EVENT,
                "subscriptionRuleType",
                "needs Organization.identifier, a GP practice code for GP_GP_GP",
                "the component table gives 0..1, the text says it is required");
        assertEquals(
                "R-CRIT-08",
                only(rule, "/Bundle?type=message&subscriptionRuleType=GP_GP_GP&" + EVENT)
                        .requirement());
    }

    @Test
    void oneOnAnExplicitSubscriptionIsReported() {
        assertFiresAt(
                rule,
                EXPLICIT + "&Organization.identifier=X2458",
                "Organization.identifier",
                "not allowed on an explicit subscription");
    }

    @Test
    void anUnlistedCountryCodeIsReportedWithTheSix() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("GP_GP_GP", "COUNTRYCODE").replace("B86011", "E92000002"),
                "E92000002",
                "not a country code",
                "M83000003 (Isle of Man)",
                "did you mean 'E92000001'?");
    }

    @Test
    void aCountryCodeIsSilent() {
        assertSilent(rule, VALID_GENERIC.replace("GP_GP_GP", "COUNTRYCODE").replace("B86011", "W92000004"));
    }

    @Test
    void theCreatePagesGenericExampleIsSilent() {
        assertSilent(
                rule,
                "/Bundle?type=message&subscriptionRuleType=CHO_POSTCODE_CCG&Organization.identifier=X2458&" + EVENT);
    }
}
