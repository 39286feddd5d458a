package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.ClaimValueFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.ClaimValueFixtures.SYSTEM;
import static org.nemsrules.jwt.ClaimValueFixtures.USER;
import static org.nemsrules.jwt.ClaimValueFixtures.create;
import static org.nemsrules.jwt.ClaimValueFixtures.systemClaims;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaims;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaimsWith;
import static org.nemsrules.jwt.ClaimValueFixtures.validate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class SubMismatchRuleTest {
    private final SubMismatchRule rule = new SubMismatchRule();

    private Finding single(Map<String, Object> claims) {
        List<Finding> findings = validate(rule, create(claims));
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(SubMismatchRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.ERROR, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals("jwt.claims.sub", finding.location().path()),
                () -> assertEquals("R-JWT-06", finding.requirement()));
        return finding;
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + message + "' should contain '" + part + "'");
        }
    }

    @Test
    void subEqualToRequestingUserIsAccepted() {
        assertTrue(validate(rule, create(userClaims())).isEmpty());
    }

    @Test
    void subEqualToRequestingSystemIsAcceptedWhenThereIsNoUser() {
        assertTrue(validate(rule, create(systemClaims())).isEmpty());
    }

    @Test
    void anotherUserInSubShowsBothValuesAndTheUserRule() {
        String other = "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240999";
        assertContains(
                single(userClaimsWith("sub", other)).message(),
                "sub '" + other + "'",
                "requesting_user '" + USER + "'",
                "when requesting_user is present, sub equals it exactly");
    }

    @Test
    void spineCoresOwnProfessionalExampleFailsTheNemsRule() {
        Map<String, Object> claims = userClaims();
        claims.put("sub", "https://fhir.nhs.uk/Id/sds-role-profile-id|387429785309275");
        claims.put("requesting_user", "https://fhir.nhs.uk/Id/sds-role-profile-id|4387293874928");
        assertContains(single(claims).message(), "387429785309275", "4387293874928");
    }

    @Test
    void theSystemInSubWhenThereIsAUserSaysTheUserBelongsThere() {
        assertContains(
                single(userClaimsWith("sub", SYSTEM)).message(),
                "does not equal requesting_user",
                "sub holds requesting_system");
    }

    @Test
    void aUserInSubWithoutRequestingUserShowsTheSystemRule() {
        Map<String, Object> claims = systemClaims();
        claims.put("sub", USER);
        assertContains(
                single(claims).message(),
                "sub '" + USER + "'",
                "requesting_system '" + SYSTEM + "'",
                "when there is no requesting_user, sub equals requesting_system exactly",
                "the token has no requesting_user");
    }

    @Test
    void theComparisonIsExact() {
        Map<String, Object> claims = systemClaims();
        claims.put("sub", SYSTEM.toUpperCase());
        assertContains(single(claims).message(), "does not equal requesting_system");
        assertContains(single(userClaimsWith("sub", USER + " ")).message(), "does not equal requesting_user");
    }

    @Test
    void anEmptyRequestingUserCountsAsAbsent() {
        Map<String, Object> claims = systemClaims();
        claims.put("requesting_user", "");
        assertTrue(validate(rule, create(claims)).isEmpty());
    }

    @Test
    void absentOrEmptyClaimsAreLeftToTheMissingClaimRule() {
        assertTrue(validate(rule, create(userClaimsWith("sub", null))).isEmpty());
        assertTrue(validate(rule, create(userClaimsWith("sub", ""))).isEmpty());
        Map<String, Object> noSystem = systemClaims();
        noSystem.remove("requesting_system");
        assertTrue(validate(rule, create(noSystem)).isEmpty());
    }
}
