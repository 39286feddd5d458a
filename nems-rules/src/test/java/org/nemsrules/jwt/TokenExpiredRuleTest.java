package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;

class TokenExpiredRuleTest {
    private static final TokenExpiredRule RULE = new TokenExpiredRule();

    private static List<Finding> judgedAt(Instant now, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(RULE)))
                .judgingInstant(now)
                .threads(1)
                .build()
                .validate(interaction);
    }

    private static Interaction request(Map<String, Object> claims) {
        return TokenShapeFixtures.withToken(TokenShapeFixtures.token(claims));
    }

    @Test
    void withoutAJudgingInstantTheClockIsNeverRead() {
        Map<String, Object> claims = TokenShapeFixtures.validClaims();
        claims.put("iat", 1_000_000_000L);
        claims.put("exp", 1_000_000_300L);
        assertTrue(TokenShapeFixtures.findings(RULE, request(claims)).isEmpty(), "a token from 2001 is not judged");
    }

    @Test
    void aTokenWithinItsLifetimeIsSilent() {
        Map<String, Object> claims = TokenShapeFixtures.validClaims();
        long iat = ((Number) claims.get("iat")).longValue();
        assertTrue(judgedAt(Instant.ofEpochSecond(iat + 120), request(claims)).isEmpty());
        assertTrue(judgedAt(Instant.ofEpochSecond(iat), request(claims)).isEmpty(), "issued at that very second");
    }

    @Test
    void aTokenExpiredAtTheJudgingInstantIsReportedWithBothTimes() {
        Map<String, Object> claims = TokenShapeFixtures.validClaims();
        long exp = ((Number) claims.get("exp")).longValue();
        List<Finding> findings = judgedAt(Instant.ofEpochSecond(exp + 60), request(claims));
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals(TokenExpiredRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("jwt.claims.exp", f.location().path());
        assertEquals("R-JWT-09", f.requirement());
        assertEquals(TokenShapeFixtures.AUTHORIZATION_LINE, f.location().line());
        assertTrue(
                f.message().contains("exp " + exp)
                        && f.message().contains(Instant.ofEpochSecond(exp + 60).toString()),
                f.message());
        assertEquals(1, judgedAt(Instant.ofEpochSecond(exp), request(claims)).size(), "exp is exclusive");
    }

    @Test
    void aTokenIssuedAfterTheJudgingInstantIsReported() {
        Map<String, Object> claims = TokenShapeFixtures.validClaims();
        long iat = ((Number) claims.get("iat")).longValue();
        List<Finding> findings = judgedAt(Instant.ofEpochSecond(iat - 3600), request(claims));
        assertEquals(
                List.of("jwt.claims.iat"),
                findings.stream().map(f -> f.location().path()).toList());
    }

    @Test
    void timesThatAreNotIntegersAreLeftToTheLifetimeRule() {
        Map<String, Object> claims = TokenShapeFixtures.validClaims();
        claims.put("exp", "1000");
        claims.put("iat", 1.5);
        assertTrue(
                judgedAt(Instant.ofEpochSecond(2_000_000_000L), request(claims)).isEmpty());
    }
}
