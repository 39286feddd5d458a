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

class AudienceUrlRuleTest {
    private final AudienceUrlRule rule = new AudienceUrlRule();

    private Finding single(Object aud) {
        List<Finding> findings = validate(rule, create(userClaimsWith("aud", aud)));
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(AudienceUrlRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.ERROR, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals("jwt.claims.aud", finding.location().path()),
                () -> assertEquals("R-JWT-07", finding.requirement()));
        return finding;
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + message + "' should contain '" + part + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://clinicals.spineservices.nhs.uk",
                "https://clinicals.spineservices.nhs.uk/",
                "https://msg.int.spine2.ncrs.nhs.uk/STU3/Subscription",
                "HTTPS://proxy.example.org:8443/nems"
            })
    void anAbsoluteHttpsUrlIsAccepted(String aud) {
        assertTrue(validate(rule, create(userClaimsWith("aud", aud))).isEmpty());
    }

    @Test
    void anAbsentOrEmptyAudIsLeftToTheMissingClaimRule() {
        assertTrue(validate(rule, create(userClaimsWith("aud", null))).isEmpty());
        assertTrue(validate(rule, create(userClaimsWith("aud", ""))).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "clinicals.spineservices.nhs.uk; is not an absolute URL",
                "/STU3/Subscription; is not an absolute URL",
                "NEMS; is not an absolute URL",
                "http://clinicals.spineservices.nhs.uk; uses the 'http' scheme; expected an https URL",
                "urn:nhs:names:services:nems; uses the 'urn' scheme",
                "https://clinicals spineservices.nhs.uk; is not a URL",
                "https:///STU3/Subscription; has no host"
            })
    void aValueThatIsNotAnAbsoluteHttpsUrlIsAnError(String aud, String expected) {
        assertContains(single(aud).message(), "aud '" + aud + "'", expected);
    }

    @Test
    void surroundingWhitespaceIsAnErrorThatSaysSo() {
        assertContains(
                single(" https://clinicals.spineservices.nhs.uk").message(),
                "surrounding whitespace",
                "expected exactly 'https://clinicals.spineservices.nhs.uk'");
    }
}
