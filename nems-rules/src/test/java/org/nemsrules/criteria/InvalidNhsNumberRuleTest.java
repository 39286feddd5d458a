package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;

class InvalidNhsNumberRuleTest {
    private final InvalidNhsNumberRule rule = new InvalidNhsNumberRule();

    @Test
    void aWrongCheckDigitIsReportedAtTheNumber() {
        assertFiresAt(
                rule,
                VALID.replace("9990000018", "6101231234"),
                "6101231234",
                "the NHS number in Patient.identifier is not valid",
                "the check digit is 4, expected 2");
        assertEquals(
                "R-NHS-02",
                only(rule, VALID.replace("9990000018", "6101231234")).requirement());
    }

    @Test
    void aNumberWithSeparatorsGetsTheDigitsToWrite() {
        assertFiresAt(
                rule, VALID.replace("9990000018", "943 476 5919"), "943 476", "remove the separators: '9434765919'");
        assertEquals(
                "R-NHS-01",
                only(rule, VALID.replace("9990000018", "943 476 5919")).requirement());
    }

    @Test
    void aCheckValueOfTenIsReported() {
        assertFiresAt(rule, VALID.replace("9990000018", "1234567890"), "1234567890", "check value 10");
        assertEquals(
                "R-NHS-02",
                only(rule, VALID.replace("9990000018", "1234567890")).requirement());
    }

    @ParameterizedTest
    @ValueSource(strings = {"40102321370", "401023213", "401 023 21370"})
    void aReportMasksANumberWithADigitTooManyOrTooFew(String number) {
        Finding found = only(rule, VALID.replace("9990000018", number));
        Report report = new Report(List.of(new FileResult("a.http", List.of("POST"), List.of(found))), List.of());

        String shown =
                report.redacted(Redactor.DEFAULT).findings().toList().get(0).message();

        assertTrue(found.message().contains(number), found.message());
        assertFalse(shown.contains(number), shown);
        assertTrue(shown.contains("'401****" + number.substring(number.length() - 3) + "'"), shown);
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
