package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class RuleTypeRuleTest {
    private final RuleTypeRule rule = new RuleTypeRule();

    @Test
    void theOldNameHssIsReportedAsRenamed() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("GP_GP_GP", "HSS").replace("B86011", "E92000001"),
                "HSS",
                "'HSS' was renamed to COUNTRYCODE");
        assertEquals(
                "R-CRIT-07",
                only(rule, VALID_GENERIC.replace("GP_GP_GP", "HSS").replace("B86011", "E92000001"))
                        .requirement());
    }

    @Test
    void theIcsVariantGetsTheCcgRuleType() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("GP_GP_GP", "CHO_POSTCODE_ICS"),
                "CHO_POSTCODE_ICS",
                "did you mean 'CHO_POSTCODE_CCG'?");
    }

    @Test
    void eachRuleTypeIsSilent() {
        assertSilent(rule, VALID_GENERIC.replace("GP_GP_GP", "UHV_POSTCODE_LACODE"));
    }

    @Test
    void anExplicitCriteriaIsSilent() {
        assertSilent(rule, VALID);
    }
}
