package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.findings;
import static org.nemsrules.jwt.TokenShapeFixtures.token;
import static org.nemsrules.jwt.TokenShapeFixtures.validClaims;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class UnknownClaimRuleTest {
    private static final String USER = "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100";

    private final UnknownClaimRule rule = new UnknownClaimRule();

    @Test
    void requestingPractitionerWithoutRequestingUserIsInformationNamingTheClaimToUse() {
        Map<String, Object> claims = validClaims();
        claims.put("requesting_practitioner", USER);
        List<Finding> findings = findings(rule, withToken(token(claims)));
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(UnknownClaimRule.ID, finding.ruleId());
        assertEquals(Severity.INFO, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("jwt.claims.requesting_practitioner", finding.location().path());
        assertEquals("R-JWT-15", finding.requirement());
        assertNull(finding.httpStatus());
        assertTrue(finding.message().contains("population-table alias"), finding.message());
        assertTrue(
                finding.message().contains("move the value (\"" + USER + "\") to requesting_user"), finding.message());
    }

    @Test
    void requestingPractitionerBesideRequestingUserIsSaidToBeIgnored() {
        Map<String, Object> claims = validClaims();
        claims.put("requesting_user", USER);
        claims.put("requesting_practitioner", USER);
        List<Finding> findings = findings(rule, withToken(token(claims)));
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("requesting_practitioner is ignored"));
    }

    @Test
    void otherExtraClaimsAreAllowed() {
        Map<String, Object> claims = validClaims();
        claims.put("jti", "0f8c2d4e");
        claims.put("requesting_organization", claims.get("requesting_organisation"));
        claims.put("nbf", 1767603720L);
        assertEquals(List.of(), findings(rule, withToken(token(claims))));
    }

    @Test
    void aValidTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }
}
