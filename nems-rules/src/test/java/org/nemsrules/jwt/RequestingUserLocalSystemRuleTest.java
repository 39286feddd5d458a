package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.RequestingClaimsFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.RequestingClaimsFixtures.findings;
import static org.nemsrules.jwt.RequestingClaimsFixtures.request;
import static org.nemsrules.jwt.RequestingClaimsFixtures.set;
import static org.nemsrules.jwt.RequestingClaimsFixtures.unchanged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class RequestingUserLocalSystemRuleTest {
    private final RequestingUserLocalSystemRule rule = new RequestingUserLocalSystemRule();

    @Test
    void theNationalSystemIsSilent() {
        assertEquals(List.of(), findings(rule, request(unchanged())));
    }

    @ParameterizedTest(name = "''{0}'' is left to jwt.requesting-user")
    @ValueSource(strings = {"jdoe", "a|b|c", "https://trust.example.org/Id/user|", ""})
    void anAbsentOrIllFormedClaimIsSilent(String value) {
        assertEquals(List.of(), findings(rule, request(set("requesting_user", value))));
        assertEquals(List.of(), findings(rule, request(claims -> claims.remove("requesting_user"))));
    }

    @Test
    void aLocalNamingSystemIsAWarningThatNamesBothSystems() {
        Finding f = only(findings(rule, request(set("requesting_user", "https://trust.example.org/Id/user|jdoe"))));
        assertTrue(f.message().contains("'https://trust.example.org/Id/user'"), f.message());
        assertTrue(f.message().contains("'https://fhir.nhs.uk/Id/sds-role-profile-id'"), f.message());
        assertTrue(
                f.message().contains("a local user identifier system is allowed only when no national one exists"),
                f.message());
        assertFalse(f.message().contains("written wrongly"), f.message());
    }

    @Test
    void aNearMissOfTheNationalSystemIsNamedAsSuch() {
        Finding f = only(findings(
                rule, request(set("requesting_user", "http://fhir.nhs.uk/Id/sds-role-profile-id|555254240100"))));
        assertTrue(f.message().contains("national system written wrongly: it uses 'http://'"), f.message());
    }

    private static Finding only(List<Finding> found) {
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(RequestingUserLocalSystemRule.ID, f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.requesting_user", f.location().path());
        return f;
    }
}
