package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.REQUEST_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.bareResource;
import static org.nemsrules.jwt.TokenShapeFixtures.findings;
import static org.nemsrules.jwt.TokenShapeFixtures.request;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withAuthorization;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class MissingAuthorizationRuleTest {
    private final MissingAuthorizationRule rule = new MissingAuthorizationRule();

    @Test
    void aRequestWithoutAuthorizationIsAnErrorOnTheRequestLine() {
        List<Finding> findings = findings(rule, request(List.of()));
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(MissingAuthorizationRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(REQUEST_LINE, finding.location().line());
        assertEquals("header:Authorization", finding.location().path());
        assertEquals("R-HDR-08", finding.requirement());
        assertTrue(finding.message().contains("no Authorization header"), finding.message());
    }

    @Test
    void aRequestWithATokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }

    @Test
    void aMalformedTokenIsLeftToTheMalformedTokenRule() {
        assertEquals(List.of(), findings(rule, withAuthorization("Basic dXNlcjpwYXNzd29yZA==")));
    }

    @Test
    void aBareResourceHasNoHeadersAndIsSilent() {
        assertEquals(List.of(), findings(rule, bareResource()));
    }
}
