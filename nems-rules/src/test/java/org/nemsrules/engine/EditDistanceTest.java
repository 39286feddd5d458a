package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
