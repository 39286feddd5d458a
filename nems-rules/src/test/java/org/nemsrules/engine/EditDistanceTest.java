package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
