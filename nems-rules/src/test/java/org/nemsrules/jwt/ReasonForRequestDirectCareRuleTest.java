package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.ClaimValueFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.ClaimValueFixtures.create;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaimsWith;
import static org.nemsrules.jwt.ClaimValueFixtures.validate;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ReasonForRequestDirectCareRuleTest {
    private final ReasonForRequestDirectCareRule rule = new ReasonForRequestDirectCareRule();

    @ParameterizedTest
    @ValueSource(strings = {"secondaryuses", "patientaccess"})
    void theOtherSpineCoreValuesAreAWarningThatSubscriptionsAreForDirectCare(String reason) {
        List<Finding> findings = validate(rule, create(userClaimsWith("reason_for_request", reason)));
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(ReasonForRequestDirectCareRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.WARNING, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals("R-JWT-10", finding.requirement()),
                () -> assertNull(finding.httpStatus()),
                () -> assertTrue(finding.message().contains("'" + reason + "'"), finding.message()),
                () -> assertTrue(
                        finding.message()
                                .contains("NEMS subscriptions are for direct care only (inferred "
                                        + "from the implementation guide's data-use section)"),
                        finding.message()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"directcare", "", "DirectCare", "research", "SecondaryUses"})
    void directCareAndValuesOutsideTheThreeAreNotThisRulesBusiness(String reason) {
        assertTrue(validate(rule, create(userClaimsWith("reason_for_request", reason)))
                .isEmpty());
    }
}
