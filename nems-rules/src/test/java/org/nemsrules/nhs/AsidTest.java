package org.nemsrules.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AsidTest {

    @ParameterizedTest(name = "{0} is an ASID")
    @ValueSource(strings = {"200000000205", "918999198738", "928942012545", "000000000001"})
    void twelveDigitsAreAnAsid(String text) {
        assertTrue(Asid.problem(text).isEmpty(), () -> Asid.problem(text).orElseThrow());
        assertEquals(text, Asid.parse(text).orElseThrow().digits());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "''; the ASID is empty",
                "20000000020; has 11 digits; an ASID has 12",
                "2000000002050; has 13 digits; an ASID has 12",
                "1; has 1 digit; an ASID has 12",
                "20000000020X; is not numeric",
                "A99968; is not numeric",
                "'200000000205 '; is not numeric",
                "200-000-000-205; is not numeric",
                "-20000000020; is not numeric",
                "２００００００００２０５; is not numeric", // full-width digits
            })
    void otherTextIsNotAnAsidAndSaysWhy(String text, String why) {
        String problem = Asid.problem(text).orElseThrow();
        assertTrue(problem.contains(why), problem);
        assertTrue(Asid.parse(text).isEmpty());
    }

    @Test
    void constructingAnAsidFromMalformedDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Asid("abc"));
    }
}
