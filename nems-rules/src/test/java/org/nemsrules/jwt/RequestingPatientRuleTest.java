package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.RequestingClaimsFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.RequestingClaimsFixtures.findings;
import static org.nemsrules.jwt.RequestingClaimsFixtures.request;
import static org.nemsrules.jwt.RequestingClaimsFixtures.set;
import static org.nemsrules.jwt.RequestingClaimsFixtures.unchanged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class RequestingPatientRuleTest {
    private static final String SYSTEM = "http://fhir.nhs.net/Id/nhs-number|";
    private final RequestingPatientRule rule = new RequestingPatientRule();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9434765919", "9990000018", "9001000010"})
    void aValidNhsNumberIsSilent(String number) {
        assertEquals(List.of(), findings(rule, request(set("requesting_patient", SYSTEM + number))));
    }

    @Test
    void theFixtureRequestIsSilent() {
        assertEquals(List.of(), findings(rule, request(unchanged())));
    }

    @Test
    void anAbsentPatientIsSilentBecauseTheClaimIsOptional() {
        assertEquals(List.of(), findings(rule, request(claims -> claims.remove("requesting_patient"))));
        assertEquals(List.of(), findings(rule, request(set("requesting_patient", ""))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "6101231234; R-NHS-02; fails the modulus 11 check: the check digit is 4, expected 2", // Spine Core's
                // example
                "9434765918; R-NHS-02; the check digit is 8, expected 9",
                "1234567890; R-NHS-02; check value 10",
                "943476591; R-NHS-01; is not exactly ten digits",
                "'943 476 5919'; R-NHS-01; remove the separators: '9434765919'",
                "943476591X; R-NHS-01; is not exactly ten digits",
            })
    void anInvalidNhsNumberIsReported(String number, String requirement, String why) {
        Finding f = only(findings(rule, request(set("requesting_patient", SYSTEM + number))));
        assertTrue(
                f.message().contains("the NHS number in the requesting_patient claim is not valid: '" + number + "'"),
                f.message());
        assertTrue(f.message().contains(why), f.message());
        assertEquals(requirement, f.requirement());
    }

    @Test
    void theNewerNhsNumberSystemIsReportedByNameAsALikelyMistake() {
        Finding f = only(
                findings(rule, request(set("requesting_patient", "https://fhir.nhs.uk/Id/nhs-number|9434765919"))));
        assertTrue(f.message().contains("'https://fhir.nhs.uk/Id/nhs-number'"), f.message());
        assertTrue(f.message().contains("preferred URI used by newer APIs"), f.message());
        assertTrue(f.message().contains("'http://fhir.nhs.net/Id/nhs-number'"), f.message());
        assertEquals("R-NHS-03", f.requirement());
    }

    @Test
    void theNewerSystemWithAnInvalidNumberGivesBothFindings() {
        var found = findings(rule, request(set("requesting_patient", "https://fhir.nhs.uk/Id/nhs-number|6101231234")));
        assertEquals(2, found.size(), found::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "https://fhir.nhs.net/Id/nhs-number|9434765919; it uses 'https://' where the naming system uses 'http://'",
                "urn:oid:2.16.840.1.113883.2.1.4.1|9434765919; expected 'http://fhir.nhs.net/Id/nhs-number'",
            })
    void anotherWrongNamingSystemIsReported(String value, String hint) {
        Finding f = only(findings(rule, request(set("requesting_patient", value))));
        assertTrue(f.message().contains(hint), f.message());
        assertEquals("R-NHS-03", f.requirement());
    }

    @Test
    void aValueNotInSystemBarValueFormIsReported() {
        Finding f = only(findings(rule, request(set("requesting_patient", "9434765919"))));
        assertTrue(f.message().contains("'9434765919' has no '|'"), f.message());
        assertEquals("R-JWT-17", f.requirement());
    }

    private static Finding only(List<Finding> found) {
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(RequestingPatientRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.requesting_patient", f.location().path());
        assertEquals(400, f.httpStatus());
        assertEquals("INVALID_NHS_NUMBER", f.spineCode());
        return f;
    }
}
