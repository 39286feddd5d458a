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

class RequestingUserRuleTest {
    private final RequestingUserRule rule = new RequestingUserRule();

    @Test
    void aNationalUserIdIsSilent() {
        assertEquals(List.of(), findings(rule, request(unchanged())));
    }

    @Test
    void anAbsentUserIsSilentBecauseTheClaimIsOptional() {
        assertEquals(List.of(), findings(rule, request(claims -> claims.remove("requesting_user"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://trust.example.org/Id/user|jdoe", "http://fhir.nhs.uk/Id/sds-role-profile-id|x"})
    void aLocalNamingSystemIsLeftToTheLocalSystemWarning(String value) {
        assertEquals(List.of(), findings(rule, request(set("requesting_user", value))));
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "555254240100; has no '|'",
                "jdoe; has no '|'",
                "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100|x; has 2 '|' characters",
                "https://fhir.nhs.uk/Id/sds-role-profile-id|; has no value after the '|'",
                "|555254240100; has no naming-system URI before the '|'",
            })
    void aValueNotInSystemBarValueFormIsAnError(String value, String why) {
        Finding f = only(findings(rule, request(set("requesting_user", value))));
        assertTrue(f.message().contains("the requesting_user claim '" + value + "' " + why), f.message());
        assertEquals("R-JWT-17", f.requirement());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdoe", "5552 5424 0100", "55525424010A", "R8000"})
    void aNonNumericSdsRoleProfileIdIsAnError(String id) {
        Finding f = only(
                findings(rule, request(set("requesting_user", RequestingUserRule.SDS_ROLE_PROFILE_ID + "|" + id))));
        assertTrue(f.message().contains("'" + id + "', which is not numeric"), f.message());
        assertEquals("R-JWT-15", f.requirement());
    }

    private static Finding only(List<Finding> found) {
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(RequestingUserRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.requesting_user", f.location().path());
        return f;
    }

    @Test
    void anSdsRoleProfileIdOfEveryDigitIsSilent() {
        assertEquals(
                List.of(),
                findings(
                        rule,
                        request(set("requesting_user", "https://fhir.nhs.uk/Id/sds-role-profile-id|9876543210"))));
    }
}
