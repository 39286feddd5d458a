package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.ClaimValueFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.ClaimValueFixtures.ID_TARGET;
import static org.nemsrules.jwt.ClaimValueFixtures.create;
import static org.nemsrules.jwt.ClaimValueFixtures.request;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaimsWith;
import static org.nemsrules.jwt.ClaimValueFixtures.validate;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ScopeValueRuleTest {
    private final ScopeValueRule rule = new ScopeValueRule();

    private Finding single(Object scope) {
        List<Finding> findings = validate(rule, create(userClaimsWith("scope", scope)));
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(ScopeValueRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.ERROR, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals("jwt.claims.scope", finding.location().path()),
                () -> assertEquals("R-JWT-11", finding.requirement()),
                () -> assertEquals(400, finding.httpStatus()),
                () -> assertEquals("MISSING_OR_INVALID_HEADER", finding.spineCode()));
        return finding;
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + message + "' should contain '" + part + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"patient/Subscription.read", "patient/Subscription.write"})
    void eitherNemsScopeIsAcceptedWhateverTheInteraction(String scope) {
        assertTrue(validate(rule, create(userClaimsWith("scope", scope))).isEmpty());
        assertTrue(validate(rule, request("GET", ID_TARGET, userClaimsWith("scope", scope)))
                .isEmpty());
    }

    @Test
    void anAbsentOrEmptyScopeIsLeftToTheMissingClaimRule() {
        assertTrue(validate(rule, create(userClaimsWith("scope", null))).isEmpty());
        assertTrue(validate(rule, create(userClaimsWith("scope", ""))).isEmpty());
    }

    @Test
    void theBarePatientPrefixIsReportedAsTruncatedTextNamingBothValues() {
        assertContains(
                single("patient/").message(),
                "'patient/'",
                "truncated",
                "'patient/Subscription.read' or 'patient/Subscription.write'");
    }

    @Test
    void aSpaceSeparatedListSaysNemsExpectsASingleScopeAndNamesTheValidValueInIt() {
        assertContains(
                single("patient/Subscription.write patient/Subscription.read launch")
                        .message(),
                "NEMS expects a single scope",
                "space-separated list of 3",
                "contains both NEMS values");
        assertContains(
                single("openid patient/Subscription.write").message(),
                "NEMS expects a single scope",
                "the list contains 'patient/Subscription.write': send that value alone");
    }

    @Test
    void aListWithoutAValidValueSaysOnlyThatASingleScopeIsExpected() {
        String message = single("openid profile").message();
        assertContains(message, "NEMS expects a single scope");
        assertTrue(!message.contains("the list contains"), message);
    }

    @ParameterizedTest
    @CsvSource({
        "patient/*.read, patient/Subscription.read",
        "patient/*.write, patient/Subscription.write",
        "organization/*.read, patient/Subscription.read",
        "organization/*.write, patient/Subscription.write"
    })
    void spineCoreGenericScopesAreNotAcceptedByNems(String scope, String expected) {
        assertContains(single(scope).message(), "'" + scope + "'", "not accepted by NEMS", "'" + expected + "'");
    }

    @ParameterizedTest
    @CsvSource({
        "patient/subscription.write, patient/Subscription.write",
        "Patient/Subscription.read, patient/Subscription.read",
        "PATIENT/SUBSCRIPTION.WRITE, patient/Subscription.write"
    })
    void aDifferenceInCaseSaysScopeValuesAreCaseSensitive(String scope, String expected) {
        assertContains(
                single(scope).message(), "'" + scope + "'", "case-sensitive", "expected exactly '" + expected + "'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {" patient/Subscription.write", "patient/Subscription.write ", "\tpatient/Subscription.write\n"})
    void surroundingWhitespaceIsAnErrorThatSaysSo(String scope) {
        assertContains(
                single(scope).message(), "surrounding whitespace", "expected exactly 'patient/Subscription.write'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "patient/Subscription.*",
                "patient/Subscription",
                "patient/Patient.read",
                "user/Subscription.write"
            })
    void anyOtherValueNamesTheTwoValidValues(String scope) {
        assertContains(
                single(scope).message(),
                "'" + scope + "'",
                "is not a NEMS scope",
                "'patient/Subscription.read' or 'patient/Subscription.write'");
    }

    @Test
    void aBlankScopeIsSaidToBeBlank() {
        assertEquals(
                Optional.of(
                        "scope is blank ('   '); expected 'patient/Subscription.read' or 'patient/Subscription.write'"),
                ScopeValueRule.problem("   "));
        assertEquals("patient/Subscription.write", SubscriptionScope.WRITE.toString());
    }
}
