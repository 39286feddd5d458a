package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class UnsecuredHeaderRuleTest {
    private final UnsecuredHeaderRule rule = new UnsecuredHeaderRule();

    private List<Finding> findingsFor(Map<String, Object> header, String signature) {
        return findings(rule, withToken(token(header, validClaims(), signature)));
    }

    @ParameterizedTest(name = "typ {0}")
    @CsvSource({
        "JOSE, 'has ''typ'' \"JOSE\"; expected \"JWT\"'",
        "jwt,  'has ''typ'' \"jwt\"; expected \"JWT\", in capitals'",
        "'',   'has ''typ'' \"\"; expected \"JWT\"'",
    })
    void anUnsecuredTokenWhoseTypIsNotJwtIsAnError(String typ, String expected) {
        Map<String, Object> header = unsecuredHeader();
        header.put("typ", typ);
        List<Finding> findings = findingsFor(header, "");
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(UnsecuredHeaderRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("jwt.header.typ", finding.location().path());
        assertEquals("R-JWT-02", finding.requirement());
        assertTrue(finding.message().contains(expected), finding.message());
    }

    @Test
    void anUnsecuredTokenWithoutTypIsAnError() {
        Map<String, Object> header = unsecuredHeader();
        header.remove("typ");
        List<Finding> findings = findingsFor(header, "");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("jwt.header.typ", findings.get(0).location().path());
        assertTrue(
                findings.get(0).message().contains("has no 'typ'"),
                findings.get(0).message());
    }

    @Test
    void aCritParameterIsAnError() {
        Map<String, Object> header = unsecuredHeader();
        header.put("crit", List.of("exp"));
        List<Finding> findings = findingsFor(header, "");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("jwt.header.crit", findings.get(0).location().path());
        assertTrue(
                findings.get(0).message().contains("'crit' [\"exp\"]"),
                findings.get(0).message());
    }

    @Test
    void aSignedTokenIsLeftToTheSignedTokenRule() {
        Map<String, Object> header = unsecuredHeader();
        header.put("alg", "RS256");
        header.remove("typ");
        assertEquals(List.of(), findingsFor(header, "c2lnbmF0dXJl"));
    }

    @Test
    void otherHeaderParametersAreAllowed() {
        Map<String, Object> header = unsecuredHeader();
        header.put("kid", "local");
        assertEquals(List.of(), findingsFor(header, ""));
    }

    @Test
    void aValidTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }
}
