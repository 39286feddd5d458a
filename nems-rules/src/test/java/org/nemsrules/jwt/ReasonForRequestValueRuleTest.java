package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.ClaimValueFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.ClaimValueFixtures.create;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaimsWith;
import static org.nemsrules.jwt.ClaimValueFixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ReasonForRequestValueRuleTest {
    private final ReasonForRequestValueRule rule = new ReasonForRequestValueRule();

    private Finding single(Object reason) {
        List<Finding> findings = validate(rule, create(userClaimsWith("reason_for_request", reason)));
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(ReasonForRequestValueRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.ERROR, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals(
                        "jwt.claims.reason_for_request", finding.location().path()),
                () -> assertEquals("R-JWT-10", finding.requirement()));
        return finding;
    }

    @ParameterizedTest
    @ValueSource(strings = {"directcare", "secondaryuses", "patientaccess"})
    void theThreeSpineCoreValuesAreNotThisRulesBusiness(String reason) {
        assertTrue(validate(rule, create(userClaimsWith("reason_for_request", reason)))
                .isEmpty());
    }

    @Test
    void anAbsentOrEmptyValueIsLeftToTheMissingClaimRule() {
        assertTrue(validate(rule, create(userClaimsWith("reason_for_request", null)))
                .isEmpty());
        assertTrue(
                validate(rule, create(userClaimsWith("reason_for_request", ""))).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "DirectCare, directcare",
        "DIRECTCARE, directcare",
        "direct_care, directcare",
        "direct-care, directcare",
        "'direct care', directcare",
        "' directcare', directcare",
        "SecondaryUses, secondaryuses"
    })
    void anotherSpellingOfAKnownValueSuggestsIt(String reason, String suggestion) {
        String message = single(reason).message();
        assertTrue(message.contains("'" + reason + "'"), message);
        assertTrue(message.contains("case-sensitive"), message);
        assertTrue(message.contains("did you mean '" + suggestion + "'?"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"care", "treatment", "research", "emergency"})
    void anUnknownValueNamesTheExpectedOne(String reason) {
        String message = single(reason).message();
        assertTrue(message.contains("'" + reason + "' is not a Spine Core value; expected 'directcare'"), message);
    }
}
