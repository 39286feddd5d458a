package org.nemsrules.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the modulus 11 check over generated numbers: every number built with its check digit is valid,
 * and every single-digit change of a valid number is caught. The second holds because each weight (10 down to 2,
 * and 1 for the check digit) and each digit difference (1 to 9) is below the prime 11, so no single change
 * leaves the weighted sum's remainder unchanged.
 */
class NhsNumberPropertyTest {
    /** Fixed seed: a failure names the number, and the run is the same every time. */
    private static final long SEED = 20261125L;

    private static final int SAMPLES = 5_000;

    /** Nine-digit starts: random ones, and the edges (all zeros, all nines, the test range's start). */
    static Stream<String> firstNineDigits() {
        Random random = new Random(SEED);
        List<String> starts = new ArrayList<>(List.of("000000000", "999999999", "999000000", "943476591", "100000000"));
        for (int i = 0; i < SAMPLES; i++) {
            starts.add(String.format("%09d", random.nextInt(1_000_000_000)));
        }
        return starts.stream();
    }

    /** The number the first nine digits make with their check digit, or none when the check value is 10. */
    private static String withCheckDigit(String firstNine) {
        int check = NhsNumber.checkDigit(firstNine + "0");
        return check == 10 ? null : firstNine + check;
    }

    @Test
    void everyNumberBuiltWithItsCheckDigitIsValidAndEveryOtherTenthDigitIsNot() {
        int built = 0;
        for (String firstNine : firstNineDigits().toList()) {
            String number = withCheckDigit(firstNine);
            if (number == null) {
                for (char d = '0'; d <= '9'; d++) {
                    assertEquals(
                            NhsNumber.Fault.CHECK_VALUE_TEN,
                            NhsNumber.validate(firstNine + d).orElseThrow().fault(),
                            firstNine + d);
                }
                continue;
            }
            built++;
            assertTrue(NhsNumber.parse(number).isPresent(), number);
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(9)) {
                    assertFalse(NhsNumber.parse(firstNine + d).isPresent(), firstNine + d);
                }
            }
        }
        // About one start in eleven has check value 10; the rest must all have been tried.
        assertTrue(built > SAMPLES * 8 / 10, "only " + built + " numbers built");
    }

    @ParameterizedTest(name = "single-digit changes of the number starting {0}")
    @MethodSource("firstNineDigits")
    void everySingleDigitChangeOfAValidNumberIsCaught(String firstNine) {
        String number = withCheckDigit(firstNine);
        if (number == null) {
            return;
        }
        for (int position = 0; position < 10; position++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == number.charAt(position)) {
                    continue;
                }
                String changed = number.substring(0, position) + d + number.substring(position + 1);
                NhsNumber.Fault fault = NhsNumber.validate(changed)
                        .map(NhsNumber.Invalid::fault)
                        .orElse(null);
                assertTrue(
                        fault == NhsNumber.Fault.WRONG_CHECK_DIGIT || fault == NhsNumber.Fault.CHECK_VALUE_TEN,
                        () -> changed + " (from " + number + ") was not caught");
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // edge cases of the check value
                "0000000000; valid", // sum 0, remainder 0, check 11 becomes 0
                "9001000010; valid", // remainder 0 again, with non-zero digits
                "9434765919; valid", // the worked example (R-NHS-02)
                "9990000018; valid", // the samples' patient, in the test range
                "9999999999; valid", // the last number of the test range
                "1234567890; CHECK_VALUE_TEN",
                "9991234560; CHECK_VALUE_TEN", // a test-range start whose check value is 10
                "6101231234; WRONG_CHECK_DIGIT", // Spine Core's citizen example (ambiguity 6)
                "9434765910; WRONG_CHECK_DIGIT",
                // shape
                "943476591; NOT_TEN_DIGITS",
                "94347659190; NOT_TEN_DIGITS",
                "94347659I9; NOT_TEN_DIGITS", // a capital I for a 1
                "943476591O; NOT_TEN_DIGITS", // a capital O for a 0
                "+449434765919; NOT_TEN_DIGITS",
                "９４３４７６５９１９; NOT_TEN_DIGITS", // full-width digits are not ASCII digits
                "9434 7659 19; SEPARATORS",
                "943 476 5919; SEPARATORS",
                "943-476-5919; SEPARATORS",
                "943 476-5919; SEPARATORS",
                "'9434765919 '; SEPARATORS", // a trailing space, as copied from a table cell
                "943.476.5919; NOT_TEN_DIGITS", // dots are not among the separators the fix names
                "943 476 591; NOT_TEN_DIGITS", // nine digits with spaces is not a formatting slip
            })
    void edgeCases(String text, String expected) {
        String fault = NhsNumber.validate(text).map(i -> i.fault().name()).orElse("valid");
        assertEquals(expected, fault, () -> NhsNumber.problem(text).orElse(""));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "9990000018, TEST_DATA",
        "9991234578, TEST_DATA",
        "9434765919, PUBLISHED_EXAMPLE",
        "4010232137, POSSIBLY_ISSUED",
        "9001000010, POSSIBLY_ISSUED",
    })
    void rangesSetAsideForTestDataAreTold(String number, NhsNumberRange expected) {
        assertEquals(expected, NhsNumber.parse(number).orElseThrow().range());
    }
}
