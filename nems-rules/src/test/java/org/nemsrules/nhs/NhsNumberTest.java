package org.nemsrules.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest(name = "{0} is a valid NHS number")
    @ValueSource(
            strings = {
                "9434765919", // the worked example of R-NHS-02
                "9990000018", // the valid samples' patient
                "9001000010", // the first nine digits give check 11, which becomes 0
            })
    void tenDigitsWithTheRightCheckDigitAreValid(String text) {
        assertTrue(
                NhsNumber.problem(text).isEmpty(), () -> NhsNumber.problem(text).orElseThrow());
        assertEquals(text, NhsNumber.parse(text).orElseThrow().digits());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "6101231234; the check digit is 4, expected 2", // Spine Core's citizen example (ambiguity 6)
                "9434765918; the check digit is 8, expected 9",
                "9001000011; the check digit is 1, expected 0",
                "9001000070; check value 10, which no valid NHS number has",
                "1234567890; check value 10, which no valid NHS number has",
                "943476591; is not exactly ten digits",
                "94347659190; is not exactly ten digits",
                "943476591X; is not exactly ten digits",
                "ABCDEFGHIJ; is not exactly ten digits",
                "'943 476 5919'; is written with separators; remove the separators: '9434765919'",
                "943-476-5919; is written with separators; remove the separators: '9434765919'",
                "' 9434765919'; is written with separators; remove the separators: '9434765919'",
                "'943 476 5918'; remove the separators: '9434765918'; even then '9434765918' fails the modulus 11 check",
                "'943 476 591'; is not exactly ten digits",
                "''; is not exactly ten digits",
                "٩٤٣٤٧٦٥٩١٩; is not exactly ten digits", // Arabic-Indic digits are not ASCII digits
            })
    void otherTextIsNotAValidNhsNumberAndSaysWhy(String text, String why) {
        String problem = NhsNumber.problem(text).orElseThrow();
        assertTrue(problem.contains(why), problem);
        assertTrue(problem.contains("'" + text + "'"), problem);
        assertTrue(NhsNumber.parse(text).isEmpty());
    }

    @ParameterizedTest(name = "check value of {0} is {1}")
    @CsvSource({"943476591, 9", "610123123, 2", "900100001, 0", "900100007, 10", "123456789, 10"})
    void theCheckValueFollowsModulus11WithElevenBecomingZero(String firstNine, int check) {
        assertEquals(check, NhsNumber.checkDigit(firstNine + "0"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9434765919"})
    void twoNumbersWithTheSameDigitsAreEqual(String text) {
        assertEquals(NhsNumber.parse(text).orElseThrow(), NhsNumber.parse(text).orElseThrow());
        assertEquals(
                NhsNumber.parse(text).orElseThrow().hashCode(),
                NhsNumber.parse(text).orElseThrow().hashCode());
        assertEquals(text, NhsNumber.parse(text).orElseThrow().toString());
    }
}
