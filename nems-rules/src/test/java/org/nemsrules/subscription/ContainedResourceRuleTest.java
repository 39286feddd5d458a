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
        return xmlContaining(resource, "");
    }

    private static String xmlContaining(String resource, String content) {
        return change(
                XML,
                "  <status",
                "  <contained>\n    <" + resource + ">\n      <id value=\"c1\"/>\n" + content + "    </" + resource
                        + ">\n  </contained>\n  <status");
    }

    private static String provenanceWithTarget(String reference) {
        return xmlContaining(
                "Provenance",
                "      <target><reference value=\"" + reference + "\"/></target>\n"
                        + "      <recorded value=\"2026-01-05T09:00:00+00:00\"/>\n"
                        + "      <agent><whoReference><display value=\"Riverside PAS\"/></whoReference></agent>\n");
    }

    /** The profile admits only Provenance, and NEMS would answer 422 (the differential test found it was a warning). */
    @Test
    void aContainedPatientIsAnErrorOnItsLine() {
        Finding f = only(
                RULE,
                bare(xmlContaining("Patient")),
                SubscriptionFixtures.XML_STATUS,
                "Subscription.contained[0]",
                "a Patient",
                "only Provenance");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("R-SUB-14", f.requirement());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
        only(
                RULE,
                bare(change(
                        JSON,
                        "  \"status\"",
                        "  \"contained\": [\n    {\"resourceType\": \"Patient\", "
                                + "\"id\": \"c1\"}\n  ],\n  \"status\"")),
                SubscriptionFixtures.JSON_STATUS + 1,
                "Subscription.contained[0]",
                "a Patient");
    }

    /** dom-3: HAPI's validator rejects a contained resource nothing uses, so the element rules must too. */
    @Test
    void aProvenanceNothingRefersToBreaksDom3() {
        Finding f = only(
                RULE,
                bare(xmlContaining("Provenance")),
                SubscriptionFixtures.XML_STATUS,
                "Subscription.contained[0]",
                "a Provenance",
                "nothing in the Subscription refers to",
                "dom-3");
        assertEquals("R-SUB-02", f.requirement());
        only(
                RULE,
                bare(provenanceWithTarget("#c1")),
                SubscriptionFixtures.XML_STATUS,
                "Subscription.contained[0]",
                "dom-3");
        only(
                RULE,
                bare(provenanceWithTarget("Subscription/abc")),
                SubscriptionFixtures.XML_STATUS,
                "Subscription.contained[0]",
                "dom-3");
    }

    @Test
    void aProvenanceReferredToOnlyByAnotherContainedResourceIsUsed() {
        // contained[1] refers to the Subscription ('#') and to contained[0] ('#c1'): both are used.
        String second = "  <contained>\n    <Provenance>\n      <id value=\"c2\"/>\n"
                + "      <target><reference value=\"#\"/></target>\n"
                + "      <recorded value=\"2026-01-05T09:00:00+00:00\"/>\n"
                + "      <agent><whoReference><display value=\"Riverside PAS\"/></whoReference></agent>\n"
                + "      <entity><role value=\"source\"/><whatReference><reference value=\"#c1\"/></whatReference></entity>\n"
                + "    </Provenance>\n  </contained>\n";
        String both = change(provenanceWithTarget("Subscription/abc"), "  <status", second + "  <status");
        assertEquals(List.of(), findings(RULE, bare(both)));
        String unused = change(
                both,
                "<whatReference><reference value=\"#c1\"/></whatReference>",
                "<whatReference><display value=\"Riverside PAS\"/></whatReference>");
        only(RULE, bare(unused), SubscriptionFixtures.XML_STATUS, "Subscription.contained[0]", "contained[0]", "dom-3");
    }

    @Test
    void itIsSilentOnAProvenanceThatIsUsedOrOnNothing() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        assertEquals(List.of(), findings(RULE, bare(provenanceWithTarget("#"))));
        String referredTo = change(
                xmlContaining("Provenance"),
                "  <status",
                "  <extension url=\"https://example.org/"
                        + "fhir/provenance\">\n    <valueReference><reference value=\"#c1\"/></valueReference>\n  </extension>"
                        + "\n  <status");
        assertEquals(List.of(), findings(RULE, bare(referredTo)));
    }
}
