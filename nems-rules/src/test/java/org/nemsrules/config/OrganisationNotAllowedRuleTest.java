package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.config.ConfigFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.config.ConfigFixtures.CONTACT_LINE;
import static org.nemsrules.config.ConfigFixtures.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.config.ConfigFixtures.Request;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class OrganisationNotAllowedRuleTest {
    private final OrganisationNotAllowedRule rule = new OrganisationNotAllowedRule();

    @Test
    void anOrganisationTheAsidMayActForIsSilent() {
        assertEquals(List.of(), findings(rule, new Request()));
    }

    @Test
    void aTokenOrganisationTheAsidMayNotActForIsReported() {
        Request r = new Request().claim("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|RYX");
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(OrganisationNotAllowedRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(AUTHORIZATION_LINE, f.location().line());
        assertEquals("jwt.claims.requesting_organisation", f.location().path());
        assertEquals(
                "the JWT's requesting_organisation names the organisation 'RYX', but nems-rules.yaml lets ASID "
                        + "'918999198738' act only for 'A99968'; Spine checks the ODS code against the calling system's "
                        + "endpoint registration",
                f.message());
        assertEquals(403, f.httpStatus());
        assertEquals("ASID_CHECK_FAILED", f.spineCode());
        assertEquals("R-HDR-07", f.requirement());
    }

    @Test
    void aFirstContactTheAsidMayNotActForIsReportedOnTheContact() {
        Request r = new Request();
        r.contactOds = "RR8";
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(CONTACT_LINE, f.location().line());
        assertEquals("Subscription.contact[0].value", f.location().path());
        assertEquals("R-SUB-06", f.requirement());
        assertEquals(
                "the first contact names the organisation 'RR8', but nems-rules.yaml lets ASID '918999198738' "
                        + "act only for 'A99968'; Spine checks the ODS code against the calling system's endpoint "
                        + "registration",
                f.message());
    }

    @Test
    void theCallingAsidIsTheFromAsidWhenTheTokenNamesNone() {
        Request r = new Request();
        r.claims.remove("requesting_system");
        r.fromAsid = "200000001145";
        List<Finding> found = findings(rule, r);
        assertEquals(2, found.size(), found::toString);
        assertEquals(
                List.of("jwt.claims.requesting_organisation", "Subscription.contact[0].value"),
                found.stream().map(f -> f.location().path()).toList());
    }

    @Test
    void anUnknownCallingAsidIsLeftToTheUnknownSystemRule() {
        Request r = new Request().claim("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|200000009999");
        r.contactOds = "RR8";
        assertEquals(List.of(), findings(rule, r));
    }

    @Test
    void withoutAConfigurationNothingIsReported() {
        Request r = new Request();
        r.contactOds = "RR8";
        assertEquals(List.of(), findings(rule, r.build(), null));
    }
}
