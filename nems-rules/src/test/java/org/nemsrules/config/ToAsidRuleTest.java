package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.config.ConfigFixtures.TO_ASID_LINE;
import static org.nemsrules.config.ConfigFixtures.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.config.ConfigFixtures.Request;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ToAsidRuleTest {
    private final ToAsidRule rule = new ToAsidRule();

    private static final SupplierConfig LIVE_ONLY =
            ConfigFixtures.config(ConfigFixtures.CONFIG_YAML + "judge: [live]\n");

    @Test
    void theNemsAsidOfAConfiguredEnvironmentIsSilent() {
        assertEquals(List.of(), findings(rule, new Request()));
    }

    @Test
    void anotherAsidIsReportedWithTheExpectedOnes() {
        Request r = new Request();
        r.toAsid = "928942012546";
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(ToAsidRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(TO_ASID_LINE, f.location().line());
        assertEquals("header:toASID", f.location().path());
        assertEquals(
                "toASID is '928942012546'; expected the NEMS ASID of a judged environment: '928942012545' (live), "
                        + "'200000000205' (int) (nems-rules.yaml)",
                f.message());
        assertEquals(403, f.httpStatus());
        assertEquals("ASID_CHECK_FAILED", f.spineCode());
        assertEquals("R-HDR-06", f.requirement());
    }

    @Test
    void theNemsAsidOfAnEnvironmentNotJudgedIsReportedAsSuch() {
        Request r = new Request();
        r.toAsid = "200000000205";
        List<Finding> found = findings(rule, r.build(), LIVE_ONLY);
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "toASID is '200000000205', which is the NEMS ASID of int, an environment this run does not "
                        + "judge; expected the NEMS ASID of the judged environment: '928942012545' (live) (nems-rules.yaml)",
                found.get(0).message());
    }

    @Test
    void aMalformedToAsidIsLeftToTheHeaderRules() {
        Request r = new Request();
        r.toAsid = "92894201254";
        assertEquals(List.of(), findings(rule, r));
    }

    @Test
    void withoutEnvironmentsNothingIsJudged() {
        Request r = new Request();
        r.toAsid = "928942012546";
        SupplierConfig noEnvironments = ConfigFixtures.config("systems: []\n");
        assertEquals(List.of(), findings(rule, r.build(), noEnvironments));
        assertEquals(List.of(), findings(rule, r.build(), null));
    }
}
