package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.findings;
import static org.nemsrules.jwt.TokenShapeFixtures.token;
import static org.nemsrules.jwt.TokenShapeFixtures.unsecuredHeader;
import static org.nemsrules.jwt.TokenShapeFixtures.validClaims;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class SignedTokenRuleTest {
    private final SignedTokenRule rule = new SignedTokenRule();

    @ParameterizedTest
    @ValueSource(strings = {"HS256", "RS256", "ES256"})
    void aSignedTokenIsAWarningThatOnlyANationalServiceMaySign(String alg) {
        Map<String, Object> header = unsecuredHeader();
        header.put("alg", alg);
        List<Finding> findings = findings(rule, withToken(token(header, validClaims(), "c2lnbmF0dXJl")));
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(SignedTokenRule.ID, finding.ruleId());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("jwt.header.alg", finding.location().path());
        assertEquals("R-JWT-02", finding.requirement());
        assertNull(finding.httpStatus());
        assertTrue(
                finding.message().contains("signed with alg '" + alg + "' and has a 12-character signature"),
                finding.message());
        assertTrue(finding.message().contains("must be an unsecured JWT"), finding.message());
        assertTrue(finding.message().contains("only a national authorisation service may sign"), finding.message());
    }

    @Test
    void anUnsecuredTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }
}
