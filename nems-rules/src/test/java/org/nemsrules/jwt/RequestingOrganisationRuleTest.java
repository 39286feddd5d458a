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

class RequestingOrganisationRuleTest {
    private final RequestingOrganisationRule rule = new RequestingOrganisationRule();

    @Test
    void aValidRequestingOrganisationIsSilent() {
        assertEquals(List.of(), findings(rule, request(unchanged())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RYX", "X2458", "A83006"})
    void anyWellFormedOdsCodeIsSilent(String code) {
        var request = request(set("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|" + code));
        assertEquals(List.of(), findings(rule, request));
    }

    @Test
    void anAbsentOrEmptyClaimIsLeftToTheMissingClaimRule() {
        assertEquals(List.of(), findings(rule, request(claims -> claims.remove("requesting_organisation"))));
        assertEquals(List.of(), findings(rule, request(set("requesting_organisation", ""))));
    }

    @Test
    void theUkSpellingOfTheNamingSystemIsReportedByName() {
        Finding f = only(findings(
                rule, request(set("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organisation-code|A99968"))));
        assertTrue(f.message().contains("spelled 'ods-organisation-code' with an s"), f.message());
        assertTrue(f.message().contains("keeps the US spelling with a z"), f.message());
        assertTrue(f.message().contains("'https://fhir.nhs.uk/Id/ods-organization-code'"), f.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "http://fhir.nhs.uk/Id/ods-organization-code|A99968; uses 'http://' where the naming system uses 'https://'",
                "https://fhir.nhs.uk/Id/accredited-system|A99968; expected 'https://fhir.nhs.uk/Id/ods-organization-code'",
            })
    void anotherWrongNamingSystemIsReportedWithWhatWasFoundAndExpected(String value, String hint) {
        Finding f = only(findings(rule, request(set("requesting_organisation", value))));
        assertTrue(f.message().contains("naming system '" + value.substring(0, value.indexOf('|')) + "'"), f.message());
        assertTrue(f.message().contains(hint), f.message());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "a99968; is not upper case; ODS codes are written in capitals ('A99968')",
                "A9; is not an ODS code",
                "A99 968; is not an ODS code",
            })
    void aMalformedOdsCodeIsReported(String code, String why) {
        Finding f = only(findings(
                rule, request(set("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|" + code))));
        assertTrue(f.message().contains("the ODS code in the requesting_organisation claim is malformed"), f.message());
        assertTrue(f.message().contains(why), f.message());
    }

    @Test
    void aValueNotInSystemBarValueFormIsReported() {
        Finding f = only(findings(rule, request(set("requesting_organisation", "A99968"))));
        assertTrue(f.message().contains("'A99968' has no '|'"), f.message());
        assertEquals("R-JWT-17", f.requirement());
    }

    private static Finding only(List<Finding> found) {
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(RequestingOrganisationRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.requesting_organisation", f.location().path());
        return f;
    }

    @Test
    void theValueUnderAnUnrelatedNamingSystemIsNotJudgedAsAnOdsCode() {
        Finding f = only(findings(
                rule, request(set("requesting_organisation", "https://fhir.nhs.uk/Id/accredited-system|a99968"))));
        assertEquals(
                "the requesting_organisation claim has the naming system 'https://fhir.nhs.uk/Id/accredited-system'; "
                        + "expected 'https://fhir.nhs.uk/Id/ods-organization-code'",
                f.message());
    }
}
