package org.nemsrules.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

    @ParameterizedTest(name = "{0} is {1} | {2}")
    @CsvSource(
            delimiter = ' ',
            value = {
                "https://fhir.nhs.uk/Id/accredited-system|918999198738 https://fhir.nhs.uk/Id/accredited-system 918999198738",
                "http://fhir.nhs.net/Id/nhs-number|9434765919 http://fhir.nhs.net/Id/nhs-number 9434765919",
                "urn:local:users|jdoe urn:local:users jdoe",
                "a|b a b",
            })
    void oneBarWithBothSidesFilledIsAnIdentifier(String text, String system, String value) {
        Identifier id = Identifier.parse(text).orElseThrow();
        assertEquals(system, id.system());
        assertEquals(value, id.value());
        assertEquals(text, id.toString());
        assertTrue(Identifier.problem(text).isEmpty());
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "https://fhir.nhs.uk/Id/accredited-system918999198738; has no '|'",
                "918999198738; has no '|'",
                "''; has no '|'",
                "https://fhir.nhs.uk/Id/accredited-system||918999198738; has 2 '|' characters; expected exactly one",
                "a|b|c; has 2 '|' characters",
                "|918999198738; has no naming-system URI before the '|'",
                "' |918999198738'; has no naming-system URI before the '|'",
                "https://fhir.nhs.uk/Id/accredited-system|; has no value after the '|'",
                "'https://fhir.nhs.uk/Id/accredited-system| '; has no value after the '|'",
                "|; has no naming-system URI before the '|'",
            })
    void otherTextIsNotAnIdentifierAndSaysWhy(String text, String why) {
        String problem = Identifier.problem(text).orElseThrow();
        assertTrue(problem.contains(why), problem);
        assertTrue(problem.contains("'" + text + "'"), problem);
        assertTrue(Identifier.parse(text).isEmpty());
    }

    @Test
    void constructingAnIdentifierWithABarInASideIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Identifier("a|b", "c"));
        assertThrows(IllegalArgumentException.class, () -> new Identifier("a", ""));
    }
}
