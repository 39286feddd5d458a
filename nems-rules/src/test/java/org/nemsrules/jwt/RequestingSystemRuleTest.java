package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.RequestingClaimsFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.RequestingClaimsFixtures.findings;
import static org.nemsrules.jwt.RequestingClaimsFixtures.request;
import static org.nemsrules.jwt.RequestingClaimsFixtures.set;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class RequestingSystemRuleTest {
    private final RequestingSystemRule rule = new RequestingSystemRule();

    @Test
    void aValidRequestingSystemIsSilent() {
        assertEquals(List.of(), findings(rule, request(RequestingClaimsFixtures.unchanged())));
    }

    @ParameterizedTest(name = "''{0}'' is left to jwt.missing-claim")
    @ValueSource(strings = {"absent", ""})
    void anAbsentOrEmptyClaimIsLeftToTheMissingClaimRule(String value) {
        var request = request(claims -> {
            if (value.equals("absent")) {
                claims.remove("requesting_system");
            } else {
                claims.put("requesting_system", value);
            }
        });
        assertEquals(List.of(), findings(rule, request));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "http://fhir.nhs.uk/Id/accredited-system|918999198738; uses 'http://' where the naming system uses 'https://'",
                "https://fhir.nhs.uk/Id/Accredited-System|918999198738; differs only in letter case",
                "https://fhir.nhs.uk/Id/accredited-system/|918999198738; remove the trailing '/'",
                "https://fhir.nhs.uk/Id/ods-organization-code|918999198738; expected 'https://fhir.nhs.uk/Id/accredited-system'",
            })
    void aWrongNamingSystemIsReportedWithWhatWasFoundAndExpected(String value, String hint) {
        Finding f = only(findings(rule, request(set("requesting_system", value))));
        String found = value.substring(0, value.indexOf('|'));
        assertTrue(f.message().contains("naming system '" + found + "'"), f.message());
        assertTrue(f.message().contains("expected 'https://fhir.nhs.uk/Id/accredited-system'"), f.message());
        assertTrue(f.message().contains(hint), f.message());
        assertEquals("R-JWT-13", f.requirement());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "https://fhir.nhs.uk/Id/accredited-system|91899919873X; is not numeric",
                "https://fhir.nhs.uk/Id/accredited-system|91899919873; has 11 digits",
                "https://fhir.nhs.uk/Id/accredited-system|A99968; is not numeric",
            })
    void aMalformedAsidIsReported(String value, String why) {
        Finding f = only(findings(rule, request(set("requesting_system", value))));
        assertTrue(f.message().contains("the ASID in the requesting_system claim is malformed"), f.message());
        assertTrue(f.message().contains(why), f.message());
        assertEquals("R-HDR-04", f.requirement());
    }

    @Test
    void anHttpPrefixAndABadAsidAreBothReported() {
        var found = findings(rule, request(set("requesting_system", "http://fhir.nhs.uk/Id/accredited-system|abc")));
        assertEquals(2, found.size(), found::toString);
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "918999198738; has no '|'",
                "https://fhir.nhs.uk/Id/accredited-system918999198738; has no '|'",
                "https://fhir.nhs.uk/Id/accredited-system||918999198738; has 2 '|' characters",
                "https://fhir.nhs.uk/Id/accredited-system|; has no value after the '|'",
                "|918999198738; has no naming-system URI before the '|'",
            })
    void aValueNotInSystemBarValueFormIsReported(String value, String why) {
        Finding f = only(findings(rule, request(set("requesting_system", value))));
        assertTrue(f.message().startsWith("the requesting_system claim '" + value + "' " + why), f.message());
        assertEquals("R-JWT-17", f.requirement());
    }

    private static Finding only(List<Finding> found) {
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(RequestingSystemRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.requesting_system", f.location().path());
        assertEquals(400, f.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
        return f;
    }
}
