package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class InvalidNhsNumberRuleTest {
    private final InvalidNhsNumberRule rule = new InvalidNhsNumberRule();

    @Test
    void aWrongCheckDigitIsReportedAtTheNumber() {
        assertFiresAt(rule, VALID.replace("9990000018", "6101231234"), "6101231234",
                "the NHS number in Patient.identifier is not valid", "the check digit is 4, expected 2");
        assertEquals("R-NHS-02", only(rule, VALID.replace("9990000018", "6101231234")).requirement());
    }

    @Test
    void aNumberWithSeparatorsGetsTheDigitsToWrite() {
        assertFiresAt(rule, VALID.replace("9990000018", "943 476 5919"), "943 476",
                "remove the separators: '9434765919'");
        assertEquals("R-NHS-01", only(rule, VALID.replace("9990000018", "943 476 5919")).requirement());
    }

    @Test
    void aCheckValueOfTenIsReported() {
        assertFiresAt(rule, VALID.replace("9990000018", "1234567890"), "1234567890",
                "check value 10");
        assertEquals("R-NHS-02", only(rule, VALID.replace("9990000018", "1234567890")).requirement());
    }

    @Test
    void aValidNumberIsSilent() {
        assertSilent(rule, VALID);
    }

    @Test
    void theWorkedExampleIsSilent() {
        assertSilent(rule, VALID.replace("9990000018", "9434765919"));
    }

    @Test
    void aGenericCriteriaIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }
}
