package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.config.ConfigFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.config.ConfigFixtures.REQUEST_LINE;
import static org.nemsrules.config.ConfigFixtures.findings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.config.ConfigFixtures.Request;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.HttpFileReader;

class EnvironmentRuleTest {
    private final EnvironmentRule rule = new EnvironmentRule();

    private static final SupplierConfig INT_ONLY = ConfigFixtures.config(ConfigFixtures.CONFIG_YAML + "judge: [int]\n");

    @Test
    void aRequestAndTokenForAConfiguredEnvironmentAreSilent() {
        assertEquals(List.of(), findings(rule, new Request()));
    }

    @Test
    void anotherEnvironmentsUrlIsSilentWhenAnyIsJudged() {
        Request r = new Request().claim("aud", "https://msg.int.spine2.ncrs.nhs.uk");
        r.target = "https://MSG.int.spine2.ncrs.nhs.uk/STU3/Subscription";
        assertEquals(List.of(), findings(rule, r));
    }

    @Test
    void aTargetOnAnotherHostIsReportedOnTheRequestLine() {
        Request r = new Request();
        r.target = "https://nems.example.org/STU3/Subscription";
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(EnvironmentRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(REQUEST_LINE, f.location().line());
        assertEquals("request-line", f.location().path());
        assertEquals("R-HTTP-01", f.requirement());
        assertEquals(
                "the request is sent to 'https://nems.example.org/STU3/Subscription', which is under no endpoint "
                        + "of nems-rules.yaml; expected a URL under 'https://clinicals.spineservices.nhs.uk' (live), "
                        + "'https://msg.int.spine2.ncrs.nhs.uk' (int)",
                f.message());
    }

    @Test
    void anAudOfAnEnvironmentNotJudgedIsReportedOnTheAuthorizationLine() {
        Request r = new Request().claim("aud", "https://msg.int.spine2.ncrs.nhs.uk");
        r.target = "https://msg.int.spine2.ncrs.nhs.uk/STU3/Subscription";
        r.claim("aud", "https://clinicals.spineservices.nhs.uk");
        List<Finding> found = findings(rule, r.build(), INT_ONLY);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.aud", f.location().path());
        assertEquals("R-JWT-07", f.requirement());
        assertEquals(
                "the JWT's aud is 'https://clinicals.spineservices.nhs.uk', which is the endpoint of no "
                        + "environment in nems-rules.yaml; expected 'https://msg.int.spine2.ncrs.nhs.uk' (int)",
                f.message());
    }

    @Test
    void anAudThatIsNoHttpsUrlIsLeftToTheJwtRules() {
        assertEquals(List.of(), findings(rule, new Request().claim("aud", "clinicals.spineservices.nhs.uk")));
    }

    @Test
    void pathsBelowTheEndpointBelongToIt() {
        assertTrue(EnvironmentRule.under("https://host.nhs.uk/STU3/Subscription", "https://host.nhs.uk"));
        assertTrue(EnvironmentRule.under("https://HOST.nhs.uk/base/STU3", "https://host.nhs.uk/base"));
        assertFalse(EnvironmentRule.under("https://host.nhs.uk/basement/STU3", "https://host.nhs.uk/base"));
        assertFalse(EnvironmentRule.under("https://host.nhs.uk.evil.org/STU3", "https://host.nhs.uk"));
    }

    @Test
    void withoutAConfigurationNothingIsReported() {
        Request r = new Request();
        r.target = "https://nems.example.org/STU3/Subscription";
        assertEquals(List.of(), findings(rule, r.build(), null));
    }

    private static Interaction originForm(String target, String host) {
        String text = "POST " + target + " HTTP/1.1\n"
                + (host == null ? "" : "Host: " + host + "\n")
                + "Content-Type: application/fhir+xml;charset=utf-8\n"
                + "\n"
                + "<Subscription xmlns=\"http://hl7.org/fhir\"/>\n";
        return new HttpFileReader()
                .read("create.http", text.getBytes(StandardCharsets.UTF_8))
                .interactions()
                .get(0);
    }

    @Test
    void anOriginFormTargetIsJudgedByItsHostHeader() {
        List<Finding> found =
                findings(rule, originForm("/STU3/Subscription", "nems.example.org"), ConfigFixtures.CONFIG);
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "the request is sent to 'https://nems.example.org/STU3/Subscription', which is under no endpoint "
                        + "of nems-rules.yaml; expected a URL under 'https://clinicals.spineservices.nhs.uk' (live), "
                        + "'https://msg.int.spine2.ncrs.nhs.uk' (int)",
                found.get(0).message());
        assertEquals(
                List.of(),
                findings(
                        rule,
                        originForm("/STU3/Subscription", " clinicals.spineservices.nhs.uk "),
                        ConfigFixtures.CONFIG));
    }

    @Test
    void anOriginFormTargetWithoutAHostOrWithABlankOneIsNotJudged() {
        assertEquals(List.of(), findings(rule, originForm("/STU3/Subscription", null), ConfigFixtures.CONFIG));
        assertEquals(List.of(), findings(rule, originForm("/STU3/Subscription", " "), ConfigFixtures.CONFIG));
    }

    @Test
    void aTargetThatIsNoUrlIsNotJudged() {
        assertEquals(
                List.of(),
                findings(rule, originForm("ftp://nems.example.org/STU3/Subscription", null), ConfigFixtures.CONFIG));
    }

    @Test
    void anAudThatCannotBeReadAsAUriIsLeftToTheJwtRules() {
        assertEquals(List.of(), findings(rule, new Request().claim("aud", "https://clinicals spineservices.nhs.uk")));
    }

    @Test
    void trailingSlashesAreNotPartOfThePath() {
        assertTrue(EnvironmentRule.under("https://host.nhs.uk/STU3/", "https://host.nhs.uk/STU3/"));
        assertTrue(EnvironmentRule.under("https://host.nhs.uk/STU3//", "https://host.nhs.uk/STU3"));
    }
}
