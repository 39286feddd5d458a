package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.create;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;

class WrongResourceTypeRuleTest {
    private static final WrongResourceTypeRule RULE = new WrongResourceTypeRule();
    private static final String PATIENT_XML =
            "<Patient xmlns=\"http://hl7.org/fhir\">\n  <active value=\"true\"/>\n</Patient>";
    private static final String PATIENT_JSON = "{\n  \"resourceType\": \"Patient\",\n  \"active\": true\n}";

    @Test
    void anotherResourceInXmlIsReported() {
        Finding f = only(
                RULE,
                create(PATIENT_XML),
                SubscriptionFixtures.CREATE_BODY_LINE,
                "body",
                "<Patient>",
                "expected <Subscription xmlns=\"http://hl7.org/fhir\">");
        assertEquals("R-SUB-01", f.requirement());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
    }

    @Test
    void anotherResourceInJsonIsReported() {
        only(
                RULE,
                bare(PATIENT_JSON),
                1,
                "Subscription.resourceType",
                "'Patient'",
                "expected \"resourceType\": \"Subscription\"");
    }

    @Test
    void jsonWithoutResourceTypeIsReported() {
        only(
                RULE,
                bare(change(JSON, "  \"resourceType\": \"Subscription\",\n", "")),
                1,
                "Subscription.resourceType",
                "no \"resourceType\"");
    }

    @Test
    void aSubscriptionWithoutTheFhirNamespaceIsReported() {
        only(
                RULE,
                bare(change(XML, " xmlns=\"http://hl7.org/fhir\"", "")),
                1,
                "body",
                "no namespace",
                "http://hl7.org/fhir");
    }

    @Test
    void aSubscriptionInAnotherNamespaceIsReported() {
        only(
                RULE,
                bare(change(XML, "xmlns=\"http://hl7.org/fhir\"", "xmlns=\"http://hl7.org/fhir/R4\"")),
                1,
                "body",
                "'http://hl7.org/fhir/R4'",
                "expected 'http://hl7.org/fhir'");
    }

    @Test
    void itIsSilentOnASubscription() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        assertEquals(List.of(), findings(RULE, create(XML)));
        assertEquals(List.of(), findings(RULE, create(JSON)));
    }

    @Test
    void theElementRulesSkipAnotherResource() {
        assertEquals(List.of(), findings(new StatusRule(), bare(PATIENT_XML)));
        assertEquals(List.of(), findings(new ContactRule(), bare(PATIENT_JSON)));
    }

    @Test
    void theElementRulesStillJudgeASubscriptionWithoutNamespace() {
        String body = change(change(XML, " xmlns=\"http://hl7.org/fhir\"", ""), "\"requested\"", "\"active\"");
        only(new StatusRule(), bare(body), SubscriptionFixtures.XML_STATUS, "Subscription.status", "'active'");
    }
}
