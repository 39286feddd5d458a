package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.ClaimValueFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.ClaimValueFixtures.CREATE_TARGET;
import static org.nemsrules.jwt.ClaimValueFixtures.ID_TARGET;
import static org.nemsrules.jwt.ClaimValueFixtures.request;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaimsWith;
import static org.nemsrules.jwt.ClaimValueFixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;

class ScopeInteractionRuleTest {
    private final ScopeInteractionRule rule = new ScopeInteractionRule();

    private static String target(String method) {
        return method.equals("POST") ? CREATE_TARGET : ID_TARGET;
    }

    @ParameterizedTest
    @CsvSource({
        "POST, patient/Subscription.write",
        "GET, patient/Subscription.read",
        "DELETE, patient/Subscription.write"
    })
    void theScopeThatFitsTheInteractionIsAccepted(String method, String scope) {
        assertTrue(validate(rule, request(method, target(method), userClaimsWith("scope", scope)))
                .isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "POST | patient/Subscription.read | scope patient/Subscription.read does not allow create (POST); expected patient/Subscription.write",
                "GET | patient/Subscription.write | scope patient/Subscription.write does not allow read (GET); expected patient/Subscription.read",
                "DELETE | patient/Subscription.read | scope patient/Subscription.read does not allow delete (DELETE); expected patient/Subscription.write"
            })
    void theOtherScopeIsAccessDenied(String method, String scope, String message) {
        List<Finding> findings = validate(rule, request(method, target(method), userClaimsWith("scope", scope)));
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(ScopeInteractionRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.ERROR, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals(message, finding.message()),
                () -> assertEquals("R-JWT-12", finding.requirement()),
                () -> assertEquals(403, finding.httpStatus()),
                () -> assertEquals("ACCESS_DENIED", finding.spineCode()));
    }

    @Test
    void theMetadataSaysThePairingIsInferredAndCanBeLowered() {
        String description = rule.metadata().description();
        assertTrue(description.contains("INFERRED"), description);
        assertTrue(description.contains("configuration can lower it"), description);
    }

    @Test
    void configurationCanLowerItToAWarning() {
        NemsValidator validator = NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .severity(ScopeInteractionRule.ID, Severity.WARNING)
                .build();
        List<Finding> findings = validator.validate(
                request("POST", CREATE_TARGET, userClaimsWith("scope", "patient/Subscription.read")));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "patient/",
                "patient/*.write",
                "patient/subscription.read",
                "patient/Subscription.read patient/Subscription.write",
                " patient/Subscription.read",
                ""
            })
    void scopesThatAreNotOneOfTheTwoValuesAreLeftToTheScopeValueRule(String scope) {
        assertTrue(validate(rule, request("POST", CREATE_TARGET, userClaimsWith("scope", scope)))
                .isEmpty());
        assertTrue(validate(rule, request("GET", ID_TARGET, userClaimsWith("scope", scope)))
                .isEmpty());
    }

    @Test
    void unsupportedInteractionsAreLeftToTheInteractionRule() {
        assertTrue(validate(rule, request("PUT", ID_TARGET, userClaimsWith("scope", "patient/Subscription.read")))
                .isEmpty());
        assertTrue(validate(rule, request("GET", CREATE_TARGET, userClaimsWith("scope", "patient/Subscription.write")))
                .isEmpty());
    }
}
