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

class TokenLifetimeRuleTest {
    private final TokenLifetimeRule rule = new TokenLifetimeRule();

    private List<Finding> findingsFor(Object iat, Object exp) {
        Map<String, Object> claims = validClaims();
        claims.put("iat", iat);
        claims.put("exp", exp);
        return findings(rule, withToken(token(claims)));
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    @ParameterizedTest(name = "iat {0}, exp {1}")
    @CsvSource({
        "1767603780, 1767604380, 'exp 1767604380 is 600 s after iat 1767603780; expected at most 300 s'",
        "1767603780, 1767604081, 'exp 1767604081 is 301 s after iat 1767603780; expected at most 300 s'",
        "1767603780, 1767603780, 'exp 1767603780 is equal to iat 1767603780; expected exp after iat'",
        "1767603780, 1767603480, 'exp 1767603480 is 300 s before iat 1767603780; expected exp after iat'",
    })
    void aLifetimeOutsideZeroToThreeHundredSecondsIsAnError(long iat, long exp, String expected) {
        Finding finding = only(findingsFor(iat, exp));
        assertEquals(TokenLifetimeRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("jwt.claims.exp", finding.location().path());
        assertEquals("R-JWT-09", finding.requirement());
        assertTrue(finding.message().startsWith(expected), finding.message());
    }

    @ParameterizedTest(name = "lifetime {0} s")
    @CsvSource({"1", "60", "300"})
    void aLifetimeOfAtMostThreeHundredSecondsIsSilent(long lifetime) {
        assertEquals(List.of(), findingsFor(1767603780L, 1767603780L + lifetime));
    }

    static List<Object[]> wrongTypes() {
        return Arrays.asList(new Object[][] {
            {
                "exp",
                "1767604080",
                "R-JWT-08",
                "'exp' is a string (\"1767604080\"); expected an integer NumericDate "
                        + "in seconds, e.g. 1767604080 without quotes"
            },
            {
                "exp",
                1767604080.5,
                "R-JWT-08",
                "'exp' is a decimal number (1.7676040805E9); expected an integer NumericDate in seconds, e.g. 1767604080"
            },
            {
                "exp",
                true,
                "R-JWT-08",
                "'exp' is a boolean (true); expected an integer NumericDate in seconds, e.g. 1767603600"
            },
            {"iat", "2026-01-05T09:02:00Z", "R-JWT-09", "'iat' is a string (\"2026-01-05T09:02:00Z\")"},
            {"iat", List.of(1767603780L), "R-JWT-09", "'iat' is an array ([1767603780])"},
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongTypes")
    void aTimeThatIsNotAJsonIntegerIsAnErrorNamingTheTypeFound(
            String claim, Object value, String requirement, String expected) {
        Map<String, Object> claims = validClaims();
        claims.put(claim, value);
        Finding finding = only(findings(rule, withToken(token(claims))));
        assertEquals("jwt.claims." + claim, finding.location().path());
        assertEquals(requirement, finding.requirement());
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().contains(expected), finding.message());
    }

    @Test
    void millisecondsAreReportedAsSuch() {
        Finding finding = only(findingsFor(1767603780L, 1767604080000L));
        assertEquals("jwt.claims.exp", finding.location().path());
        assertTrue(
                finding.message()
                        .contains("1767604080000, which looks like milliseconds since 1970; expected "
                                + "seconds (1767604080)"),
                finding.message());
    }

    @Test
    void bothTimesOfTheWrongTypeAreTwoFindings() {
        assertEquals(2, findingsFor("1767603780", "1767604080").size());
    }

    @ParameterizedTest(name = "exp {0}")
    @MethodSource("absentValues")
    void anAbsentNullOrEmptyTimeIsLeftToTheMissingClaimRule(Object exp) {
        Map<String, Object> claims = validClaims();
        if (exp == null) {
            claims.remove("exp");
        } else {
            claims.put("exp", exp);
        }
        claims.put("iat", null);
        assertEquals(List.of(), findings(rule, withToken(token(claims))));
    }

    static List<Object> absentValues() {
        return Arrays.asList(null, "");
    }

    @Test
    void theTokenIsNotJudgedAgainstTheCurrentClock() {
        assertEquals(List.of(), findingsFor(1_000_000_000L, 1_000_000_300L));
    }

    @Test
    void aValidTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }

    @Test
    void theLargestTimeReadAsSecondsIsNotTakenForMilliseconds() {
        // 99,999,999,999 s is in the year 5138; one more has twelve digits, as milliseconds since 2001 have
        assertEquals(List.of(), findingsFor(99_999_999_999L - 60, 99_999_999_999L));
    }
}
