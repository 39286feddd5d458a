package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class OrganizationCodeShapeRuleTest {
    private final OrganizationCodeShapeRule rule = new OrganizationCodeShapeRule();

    @Test
    void aCountryCodeUnderAnotherRuleTypeIsReported() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("B86011", "E92000001"),
                "E92000001",
                "is the country code of England",
                "GP_GP_GP takes a GP practice code");
        assertEquals(
                "R-CRIT-08",
                only(rule, VALID_GENERIC.replace("B86011", "E92000001")).requirement());
    }

    @Test
    void aLowerCaseCodeIsReported() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("B86011", "b86011"),
                "b86011",
                "ODS codes are written in capitals ('B86011')");
    }

    @Test
    void aPracticeCodeIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }

    @Test
    void anOnsLocalAuthorityCodeIsSilentForUhv() {
        assertSilent(
                rule, VALID_GENERIC.replace("GP_GP_GP", "UHV_POSTCODE_LACODE").replace("B86011", "E08000035"));
    }
}
