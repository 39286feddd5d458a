package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.bareResource;
import static org.nemsrules.jwt.TokenShapeFixtures.findings;
import static org.nemsrules.jwt.TokenShapeFixtures.request;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withAuthorization;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class MalformedTokenRuleTest {
    private final MalformedTokenRule rule = new MalformedTokenRule();

    @Test
    void aTokenWithoutTheTrailingDotIsAnErrorOnTheAuthorizationHeader() {
        String token = validToken();
        List<Finding> findings = findings(rule, withToken(token.substring(0, token.length() - 1)));
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(MalformedTokenRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("header:Authorization", finding.location().path());
        assertEquals(400, finding.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", finding.spineCode());
        assertTrue(finding.message().contains("2 dot-separated parts"), finding.message());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Basic dXNlcjpwYXNzd29yZA== | 'Basic' scheme",
                "Bearer                     | no token",
                "Bearer a.b.c.d             | 4 dot-separated parts",
                "Bearer a.b.c.d.e           | encrypted JWT (JWE)",
                "Bearer bm90IGpzb24.e30.    | not a readable JWT",
            })
    void anAuthorizationHeaderWithoutAReadableJwtIsAnError(String authorization, String expected) {
        List<Finding> findings = findings(rule, withAuthorization(authorization));
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(AUTHORIZATION_LINE, findings.get(0).location().line());
        assertTrue(findings.get(0).message().contains(expected), findings.get(0).message());
    }

    @Test
    void aMissingAlgorithmMakesTheTokenUnreadable() {
        String token = TokenShapeFixtures.part("{\"typ\":\"JWT\"}") + "."
                + TokenShapeFixtures.part(TokenShapeFixtures.json(TokenShapeFixtures.validClaims())) + ".";
        List<Finding> findings = findings(rule, withToken(token));
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("alg"), findings.get(0).message());
    }

    @Test
    void aValidTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }

    @Test
    void aRequestWithoutAuthorizationIsLeftToTheMissingAuthorizationRule() {
        assertEquals(List.of(), findings(rule, request(List.of())));
    }

    @Test
    void aBareResourceIsSilent() {
        assertEquals(List.of(), findings(rule, bareResource()));
    }
}
