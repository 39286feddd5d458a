package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.ClaimValueFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.ClaimValueFixtures.request;
import static org.nemsrules.jwt.ClaimValueFixtures.userClaimsWith;
import static org.nemsrules.jwt.ClaimValueFixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class AudienceHostRuleTest {
    private final AudienceHostRule rule = new AudienceHostRule();

    private List<Finding> post(String target, Object aud) {
        return validate(rule, request("POST", target, userClaimsWith("aud", aud)));
    }

    @ParameterizedTest
    @CsvSource({
        "https://clinicals.spineservices.nhs.uk/STU3/Subscription, https://clinicals.spineservices.nhs.uk",
        "https://clinicals.spineservices.nhs.uk/STU3/Subscription, https://CLINICALS.spineservices.nhs.uk/",
        "https://clinicals.spineservices.nhs.uk:443/STU3/Subscription, https://clinicals.spineservices.nhs.uk",
        "https://proxy.example.org:8443/STU3/Subscription, https://proxy.example.org/STU3/Subscription",
        "https://clinicals.spineservices.nhs.uk./STU3/Subscription, https://clinicals.spineservices.nhs.uk",
        "https://clinicals.spineservices.nhs.uk/STU3/Subscription, https://clinicals.spineservices.nhs.uk./"
    })
    void theSameHostIsAccepted(String target, String aud) {
        assertTrue(post(target, aud).isEmpty());
    }

    @Test
    void anotherHostIsAWarningNamingBoth() {
        List<Finding> findings =
                post("https://msg.int.spine2.ncrs.nhs.uk/STU3/Subscription", "https://clinicals.spineservices.nhs.uk");
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding finding = findings.get(0);
        assertAll(
                () -> assertEquals(AudienceHostRule.ID, finding.ruleId()),
                () -> assertEquals(Severity.WARNING, finding.severity()),
                () -> assertEquals(AUTHORIZATION_LINE, finding.location().line()),
                () -> assertEquals("R-JWT-07", finding.requirement()),
                () -> assertNull(finding.httpStatus()),
                () -> assertEquals(
                        "aud host clinicals.spineservices.nhs.uk differs from the request host "
                                + "msg.int.spine2.ncrs.nhs.uk; aud should be the endpoint the request is sent to",
                        finding.message()));
    }

    @Test
    void anOriginFormTargetHasNoHostToCompare() {
        assertTrue(post("/STU3/Subscription", "https://elsewhere.example.org").isEmpty());
    }

    @Test
    void anAudThatIsNotAnHttpsUrlIsLeftToTheUrlRule() {
        String target = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
        assertTrue(post(target, "http://elsewhere.example.org").isEmpty());
        assertTrue(post(target, "elsewhere.example.org").isEmpty());
        assertTrue(post(target, List.of("https://elsewhere.example.org")).isEmpty());
        assertTrue(post(target, "").isEmpty());
        assertTrue(post(target, null).isEmpty());
    }
}
