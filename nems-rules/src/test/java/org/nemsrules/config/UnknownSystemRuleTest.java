package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.config.ConfigFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.config.ConfigFixtures.FROM_ASID_LINE;
import static org.nemsrules.config.ConfigFixtures.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.config.ConfigFixtures.Request;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class UnknownSystemRuleTest {
    private final UnknownSystemRule rule = new UnknownSystemRule();

    @Test
    void aConfiguredSystemIsSilent() {
        assertEquals(List.of(), findings(rule, new Request()));
    }

    @Test
    void anotherConfiguredSystemIsSilentToo() {
        Request r = new Request();
        r.fromAsid = "200000001145";
        r.claim("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|200000001145");
        assertEquals(List.of(), findings(rule, r));
    }

    @Test
    void anUnknownAsidInBothPlacesIsReportedOnceOnFromAsid() {
        Request r = new Request();
        r.fromAsid = "200000000205";
        r.claim("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|200000000205");
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(UnknownSystemRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(FROM_ASID_LINE, f.location().line());
        assertEquals("header:fromASID", f.location().path());
        assertEquals(
                "the fromASID header names ASID '200000000205', which is not one of the systems in "
                        + "nems-rules.yaml ('918999198738', '200000001145'); Spine accepts only a calling system with an "
                        + "endpoint registration",
                f.message());
        assertEquals(403, f.httpStatus());
        assertEquals("ASID_CHECK_FAILED", f.spineCode());
        assertEquals("R-HDR-07", f.requirement());
    }

    @Test
    void anUnknownAsidOnlyInTheTokenIsReportedOnTheAuthorizationLine() {
        Request r = new Request().claim("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|200000009999");
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        assertEquals(AUTHORIZATION_LINE, found.get(0).location().line());
        assertEquals("jwt.claims.requesting_system", found.get(0).location().path());
        assertTrue(
                found.get(0).message().contains("requesting_system names ASID '200000009999'"),
                found.get(0).message());
    }

    @Test
    void aMalformedFromAsidIsLeftToTheHeaderRules() {
        Request r = new Request();
        r.fromAsid = "91899919873";
        assertEquals(List.of(), findings(rule, r));
    }

    @Test
    void withoutAConfigurationNothingIsReported() {
        Request r = new Request();
        r.fromAsid = "200000000205";
        assertEquals(List.of(), findings(rule, r.build(), null));
    }

    @Test
    void aBareResourceIsSkipped() {
        assertEquals(List.of(), findings(rule, ConfigFixtures.bareResource(), ConfigFixtures.CONFIG));
    }
}
