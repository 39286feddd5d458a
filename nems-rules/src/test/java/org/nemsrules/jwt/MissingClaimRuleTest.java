package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.findings;
import static org.nemsrules.jwt.TokenShapeFixtures.token;
import static org.nemsrules.jwt.TokenShapeFixtures.validClaims;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class MissingClaimRuleTest {
    private final MissingClaimRule rule = new MissingClaimRule();

    private List<Finding> findingsFor(Map<String, Object> claims) {
        return findings(rule, withToken(token(claims)));
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    @ParameterizedTest(name = "{0} absent is reported against {1}")
    @CsvSource({
        "iss, R-JWT-05",
        "sub, R-JWT-06",
        "aud, R-JWT-07",
        "exp, R-JWT-08",
        "iat, R-JWT-09",
        "reason_for_request, R-JWT-10",
        "scope, R-JWT-11",
        "requesting_system, R-JWT-13",
        "requesting_organisation, R-JWT-14",
    })
    void eachMandatoryClaimThatIsAbsentIsAnErrorWithItsRequirement(String claim, String requirement) {
        Map<String, Object> claims = validClaims();
        claims.remove(claim);
        Finding finding = only(findingsFor(claims));
        assertEquals(MissingClaimRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("jwt.claims." + claim, finding.location().path());
        assertEquals(requirement, finding.requirement());
        assertEquals(400, finding.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", finding.spineCode());
        assertTrue(
                finding.message().startsWith("the mandatory claim '" + claim + "' is missing; expected "),
                finding.message());
    }

    @Test
    void aNullClaimIsReportedAsNull() {
        Map<String, Object> claims = validClaims();
        claims.put("scope", null);
        Finding finding = only(findingsFor(claims));
        assertEquals("jwt.claims.scope", finding.location().path());
        assertTrue(
                finding.message()
                        .contains("'scope' is null; expected 'patient/Subscription.read' or "
                                + "'patient/Subscription.write'"),
                finding.message());
    }

    @Test
    void anEmptyStringIsReportedAsEmpty() {
        Map<String, Object> claims = validClaims();
        claims.put("aud", "");
        Finding finding = only(findingsFor(claims));
        assertEquals("R-JWT-07", finding.requirement());
        assertTrue(finding.message().contains("'aud' is an empty string"), finding.message());
    }

    @Test
    void everyMissingClaimIsItsOwnFinding() {
        Map<String, Object> claims = validClaims();
        claims.remove("iss");
        claims.remove("scope");
        claims.put("exp", null);
        List<Finding> findings = findingsFor(claims);
        assertEquals(
                List.of("jwt.claims.iss", "jwt.claims.exp", "jwt.claims.scope"),
                findings.stream().map(f -> f.location().path()).toList());
    }

    @Test
    void theUsSpellingOfRequestingOrganisationIsNamed() {
        Map<String, Object> claims = validClaims();
        claims.put("requesting_organization", claims.remove("requesting_organisation"));
        Finding finding = only(findingsFor(claims));
        assertEquals("jwt.claims.requesting_organisation", finding.location().path());
        assertEquals("R-JWT-14", finding.requirement());
        assertTrue(finding.message().contains("'requesting_organisation' is missing"), finding.message());
        assertTrue(
                finding.message()
                        .contains("did you mean requesting_organisation? NEMS spells the claim with an "
                                + "s; the identifier prefix keeps ods-organization-code"),
                finding.message());
    }

    @Test
    void theUsSpellingBesideTheUkSpellingIsNotReported() {
        Map<String, Object> claims = validClaims();
        claims.put("requesting_organization", claims.get("requesting_organisation"));
        assertEquals(List.of(), findingsFor(claims));
    }

    static List<Object[]> wrongTypes() {
        return Arrays.asList(new Object[][] {
            {"iss", 42L, "an integer (42)"},
            {"sub", Map.of("system", "x"), "an object ({\"system\":\"x\"})"},
            {"aud", List.of("https://clinicals.spineservices.nhs.uk"), "an array ([\"https://clinicals"},
            {"reason_for_request", true, "a boolean (true)"},
            {"scope", List.of("patient/Subscription.read"), "an array"},
            {"requesting_system", 918999198738L, "an integer (918999198738)"},
            {"requesting_organisation", 1.5, "a decimal number (1.5)"},
            {"requesting_user", 555254240100L, "an integer (555254240100)"},
            {"requesting_patient", 9990000018L, "an integer (9990000018)"},
        });
    }

    @ParameterizedTest(name = "{0} as {2} is the wrong type")
    @MethodSource("wrongTypes")
    void aStringClaimOfAnotherJsonTypeIsReportedWithTheTypeFound(String claim, Object value, String found) {
        Map<String, Object> claims = validClaims();
        claims.put(claim, value);
        Finding finding = only(findingsFor(claims));
        assertEquals("jwt.claims." + claim, finding.location().path());
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().contains("'" + claim + "' is " + found), finding.message());
        assertTrue(finding.message().contains("expected a string"), finding.message());
    }

    @Test
    void anAudienceArrayIsExplained() {
        Map<String, Object> claims = validClaims();
        claims.put("aud", List.of("https://clinicals.spineservices.nhs.uk"));
        assertTrue(only(findingsFor(claims)).message().contains("Spine expects the one endpoint URL"));
    }

    @Test
    void aScopeArrayIsExplainedAsOneScopeNotAsAnAudience() {
        Map<String, Object> claims = validClaims();
        claims.put("scope", List.of("patient/Subscription.read"));
        String message = only(findingsFor(claims)).message();
        assertTrue(
                message.endsWith("expected a string: NEMS expects a single scope, 'patient/Subscription.read' or "
                        + "'patient/Subscription.write'"),
                message);
    }

    @Test
    void anArrayInAnotherClaimGetsNeitherExplanation() {
        Map<String, Object> claims = validClaims();
        claims.put("iss", List.of("https://supplier.example"));
        String message = only(findingsFor(claims)).message();
        assertTrue(message.endsWith("); expected a string"), message);
    }

    @Test
    void aValueWrittenInSixtyCharactersIsShownWholeAndALongerOneCutShort() {
        String sixty = "[\"" + "x".repeat(56) + "\"]";
        Map<String, Object> claims = validClaims();
        claims.put("iss", List.of("x".repeat(56)));
        assertTrue(only(findingsFor(claims)).message().contains("(" + sixty + ")"), sixty);

        claims.put("iss", List.of("x".repeat(57)));
        String cut = only(findingsFor(claims)).message();
        assertTrue(cut.contains("([\"" + "x".repeat(55) + "...)"), cut);
    }

    @Test
    void theOptionalUserClaimsAreReportedWithTheirOwnRequirements() {
        Map<String, Object> claims = validClaims();
        claims.put("requesting_user", 1L);
        claims.put("requesting_patient", 2L);
        assertEquals(
                List.of("R-JWT-15", "R-JWT-16"),
                findingsFor(claims).stream().map(Finding::requirement).toList());
    }

    @Test
    void numericTimesAndExtraClaimsAreNotThisRulesBusiness() {
        Map<String, Object> claims = validClaims();
        claims.put("exp", "1767604020");
        claims.put("jti", 7L);
        claims.put("requesting_user", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
        assertEquals(List.of(), findingsFor(claims));
    }

    @Test
    void aValidTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }
}
