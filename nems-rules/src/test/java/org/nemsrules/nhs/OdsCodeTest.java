package org.nemsrules.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {

    @ParameterizedTest(name = "{0} is an ODS code")
    @ValueSource(strings = {"A83006", "RR8", "X2458", "A99968", "RYX", "ABCDEFGH12"})
    void upperCaseLettersAndDigitsThreeToTenLongAreAnOdsCode(String text) {
        assertTrue(OdsCode.problem(text).isEmpty(), () -> OdsCode.problem(text).orElseThrow());
        assertEquals(text, OdsCode.parse(text).orElseThrow().code());
    }

    @ParameterizedTest(name = "{0} gets the upper-case hint {1}")
    @CsvSource({"a83006, A83006", "rr8, RR8", "x2458, X2458", "A8300b, A8300B"})
    void aLowerCaseCodeIsToldItsUpperCaseForm(String text, String upper) {
        String problem = OdsCode.problem(text).orElseThrow();
        assertTrue(problem.contains("is not upper case"), problem);
        assertTrue(problem.contains("'" + upper + "'"), problem);
    }

    @ParameterizedTest(name = "''{0}'' is not an ODS code")
    @ValueSource(
            strings = {
                "",
                "A8",
                "ABCDEFGHIJK",
                "A83 006",
                "A83-006",
                " A83006",
                "A83006|X",
                "straße",
                "ı83006",
                "Ä83006"
            })
    void otherTextIsNotAnOdsCode(String text) {
        String problem = OdsCode.problem(text).orElseThrow();
        assertTrue(problem.contains("is not an ODS code"), problem);
        assertFalse(problem.contains("upper case;"), "no upper-case hint for non-ASCII letters: " + problem);
        assertTrue(OdsCode.parse(text).isEmpty());
    }

    @Test
    void twoOdsCodesAreEqualWhenTheirCodesAreAndHashAlike() {
        OdsCode one = new OdsCode("A83006");
        OdsCode same = new OdsCode(new String("A83006"));
        OdsCode other = new OdsCode("A83007");

        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertEquals("A83006".hashCode(), one.hashCode());
        assertFalse(one.equals(other));
        assertFalse(one.equals("A83006"));
        assertFalse(one.equals(null));
        assertTrue(one.equals(one));
    }

    @Test
    void constructingAnOdsCodeFromMalformedTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OdsCode("a83006"));
    }
}
