package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}'' = {2}")
    @CsvSource({
        "'', '', 0",
        "'', abc, 3",
        "abc, '', 3",
        "GP, GP, 0",
        "GP, CP, 1",
        "HSS, COUNTRYCODE, 11",
        "kitten, sitting, 3",
        "pds-change-of-adress-1, pds-change-of-address-1, 1",
        "RegisteredOnly, UnregisteredOnly, 3",
    })
    void countsInsertionsDeletionsAndSubstitutionsEitherWay(String a, String b, int distance) {
        assertEquals(distance, EditDistance.between(a, b));
        assertEquals(distance, EditDistance.between(b, a));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}'' within {2} = {3}")
    @CsvSource({
        "kitten, sitting, 3, 3",
        "kitten, sitting, 2, 3",
        "kitten, sitting, 0, 1",
        "pds-change-of-adress-1, pds-change-of-address-1, 7, 1",
        "pds-birth-notification-1, pds-change-of-address-1, 7, 8",
        "GP, COUNTRYCODE, 2, 3",
        "'', abc, 3, 3",
        "'', abc, 2, 3",
    })
    void atMostIsTheDistanceWithinTheLimitAndOneMoreBeyondIt(String a, String b, int limit, int expected) {
        assertEquals(expected, EditDistance.atMost(a, b, limit));
        assertEquals(expected, EditDistance.atMost(b, a, limit));
    }

    @Test
    void atMostMeasuresMegabyteTextsByTheirLengthsNotCellByCell() {
        String megabyte = "x".repeat(1 << 20);
        String other = "y".repeat(1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            // Of equal length, so the lengths alone do not rule them out.
            assertEquals(0, EditDistance.atMost(megabyte, megabyte, 3));
            assertEquals(4, EditDistance.atMost(megabyte, other, 3));
        });
    }

    /** Every pair of texts of up to five characters of "a", "b" and "c", at every limit up to six. */
    @Test
    void atMostAgreesWithTheWholeTableOnEveryShortPair() {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int i = 0; i < texts.size() && texts.size() < 364; i++) {
            for (char c : new char[] {'a', 'b', 'c'}) {
                if (texts.get(i).length() < 5) {
                    texts.add(texts.get(i) + c);
                }
            }
        }
        assertEquals(364, texts.size());
        for (String a : texts) {
            for (String b : texts) {
                int distance = EditDistance.between(a, b);
                for (int limit = 0; limit <= 6; limit++) {
                    assertEquals(
                            Math.min(distance, limit + 1),
                            EditDistance.atMost(a, b, limit),
                            a + " -> " + b + " within " + limit);
                }
            }
        }
    }

    @Test
    void megabyteTextsAreMeasuredByTheirLengthsNotCellByCell() {
        String megabyte = "x".repeat(1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals(1 << 20, EditDistance.between(megabyte, "y".repeat(1 << 20)));
            assertEquals(1 << 20, EditDistance.between("pds-death-notification-1", megabyte));
            assertEquals(0, EditDistance.between(megabyte, "x".repeat(1 << 20)));
        });
    }

    @Test
    void aTableUpToTheBoundIsFilledExactly() {
        // 2,460 deletions and 3 substitutions, in a table of 2,500 by 40 cells.
        assertEquals(2_460 + 3, EditDistance.between("x".repeat(2_500), "x".repeat(37) + "abc"));
    }
}
