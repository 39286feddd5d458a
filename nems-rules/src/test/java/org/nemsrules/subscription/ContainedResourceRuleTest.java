package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ContainedResourceRuleTest {
    private static final ContainedResourceRule RULE = new ContainedResourceRule();

    private static String xmlContaining(String resource) {
        return change(XML, "  <status", "  <contained>\n    <" + resource + ">\n      <id value=\"c1\"/>\n    </"
                + resource + ">\n  </contained>\n  <status");
    }

    @Test
    void aContainedPatientIsAWarningOnItsLine() {
        Finding f = only(RULE, bare(xmlContaining("Patient")), SubscriptionFixtures.XML_STATUS,
                "Subscription.contained[0]", "a Patient", "only Provenance");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("R-SUB-14", f.requirement());
        assertEquals(422, f.httpStatus());
        only(RULE, bare(change(JSON, "  \"status\"", "  \"contained\": [\n    {\"resourceType\": \"Patient\", "
                + "\"id\": \"c1\"}\n  ],\n  \"status\"")), SubscriptionFixtures.JSON_STATUS + 1,
                "Subscription.contained[0]", "a Patient");
    }

    @Test
    void itIsSilentOnAProvenanceOrNothing() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        assertEquals(List.of(), findings(RULE, bare(xmlContaining("Provenance"))));
    }
}
