package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0"
            + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiJ4In0.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NHS number 9434765919 is wrong|NHS number 943****919 is wrong",
            "patient 943 476 5919.|patient 943****919.",
            "patient 943-476-5919|patient 943****919",
            "identifier=https://fhir.nhs.uk/Id/nhs-number%7C9990000018|identifier=https://fhir.nhs.uk/Id/nhs-number%7C999****018",
            "a mistyped 9434765918|a mistyped 943****918",
            "two: 9434765919 and 9990000026|two: 943****919 and 999****026",
    })
    void masksNhsNumbers(String text, String expected) {
        assertEquals(expected, Redactor.DEFAULT.redact(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exp 1469436987 is before iat",
            "ASID 200000000359 is not 918999198738",
            "eleven digits 94347659190",
            "nine digits 943476591",
            "ODS code RR8 and YES",
            "mixed 943 4765919",
            "version 0.1.0 and time 2026-11-25T17:00:00Z",
    })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(text, Redactor.DEFAULT.redact(text));
    }

    @Test
    void cutsAWholeJwtEvenWhenNotMaskingNhsNumbers() {
        String message = "Authorization: Bearer " + JWT + " has no signature";
        for (Redactor r : new Redactor[] {Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS}) {
            String out = r.redact(message);
            assertFalse(out.contains(JWT), out);
            assertTrue(out.contains("Bearer eyJhbGciOi…[JWT of " + JWT.length() + " characters, redacted] has"), out);
        }
    }

    @Test
    void keepsNhsNumbersWhenAskedTo() {
        assertEquals("NHS number 9434765919", Redactor.KEEP_NHS_NUMBERS.redact("NHS number 9434765919"));
        assertFalse(Redactor.KEEP_NHS_NUMBERS.masksNhsNumbers());
        assertTrue(Redactor.maskingNhsNumbers(true).masksNhsNumbers());
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertNull(Redactor.DEFAULT.redact(null));
        assertEquals("", Redactor.DEFAULT.redact(""));
    }
}
