package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.BareResourceReader;
import org.nemsrules.recording.HttpFileReader;

/**
 * A valid create request, as in sample-payloads/valid/create-explicit.http, whose criteria a test replaces; in
 * the four forms a criteria rule meets: an XML or JSON body in an .http recording, and a bare .xml or .json
 * resource. Findings are asserted in all four, at the line of the criteria and the column of a fragment of it
 * as written in each form.
 */
final class CriteriaFixtures {
    static final String VALID = "/Bundle?type=message&serviceType=GP&Patient.identifier=http://fhir.nhs.net/Id/"
            + "nhs-number|9990000018&MessageHeader.event=pds-change-of-address-1";
    static final String VALID_GENERIC = "/Bundle?type=message&subscriptionRuleType=GP_GP_GP"
            + "&Organization.identifier=B86011&MessageHeader.event=pds-change-of-gp-1&tag=chis_north-01";
    static final String PATIENT = "http://fhir.nhs.net/Id/nhs-number|9990000018";

    private CriteriaFixtures() {}

    /** One way of writing a request or resource with the given criteria. */
    enum Form {
        XML_REQUEST,
        JSON_REQUEST,
        BARE_XML,
        BARE_JSON;

        /** The recording's text. */
        String text(String criteria, String requestingPatient) {
            return switch (this) {
                case XML_REQUEST -> headers("application/fhir+xml;charset=utf-8", requestingPatient) + xml(criteria);
                case JSON_REQUEST -> headers("application/fhir+json;charset=utf-8", requestingPatient) + json(criteria);
                case BARE_XML -> xml(criteria);
                case BARE_JSON -> json(criteria);
            };
        }

        Interaction interaction(String criteria, String requestingPatient) {
            byte[] bytes = text(criteria, requestingPatient).getBytes(StandardCharsets.UTF_8);
            return switch (this) {
                case XML_REQUEST, JSON_REQUEST ->
                    new HttpFileReader().read("test.http", bytes).interactions().get(0);
                case BARE_XML ->
                    new BareResourceReader()
                            .read("test.xml", bytes)
                            .interactions()
                            .get(0);
                case BARE_JSON ->
                    new BareResourceReader()
                            .read("test.json", bytes)
                            .interactions()
                            .get(0);
            };
        }

        boolean isXml() {
            return this == XML_REQUEST || this == BARE_XML;
        }

        boolean hasToken() {
            return this == XML_REQUEST || this == JSON_REQUEST;
        }
    }

    static String xml(String criteria) {
        String escaped = criteria.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return """
                <Subscription xmlns="http://hl7.org/fhir">
                  <meta>
                    <profile value="https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"/>
                  </meta>
                  <status value="requested"/>
                  <contact>
                    <system value="url"/>
                    <value value="https://directory.spineservices.nhs.uk/STU3/Organization/A99968"/>
                    <use value="work"/>
                  </contact>
                  <reason value="Keep the registered practice informed of address changes"/>
                  <criteria value="%s"/>
                  <channel>
                    <type value="message"/>
                    <endpoint value="A99968OT001"/>
                  </channel>
                </Subscription>
                """.formatted(escaped);
    }

    static String json(String criteria) {
        String escaped = criteria.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                {
                  "resourceType": "Subscription",
                  "meta": {
                    "profile": [
                      "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"
                    ]
                  },
                  "status": "requested",
                  "contact": [
                    {
                      "system": "url",
                      "value": "https://directory.spineservices.nhs.uk/STU3/Organization/A99968",
                      "use": "work"
                    }
                  ],
                  "reason": "Keep the registered practice informed of address changes",
                  "criteria": "%s",
                  "channel": {
                    "type": "message",
                    "endpoint": "A99968OT001"
                  }
                }
                """.formatted(escaped);
    }

    private static String headers(String contentType, String requestingPatient) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://auth.riverside-pas.example.org");
        claims.put("sub", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
        claims.put("aud", "https://clinicals.spineservices.nhs.uk");
        claims.put("exp", 1767603900L);
        claims.put("iat", 1767603600L);
        claims.put("reason_for_request", "directcare");
        claims.put("scope", "patient/Subscription.write");
        claims.put("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|918999198738");
        claims.put("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|A99968");
        claims.put("requesting_user", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
        if (requestingPatient != null) {
            claims.put("requesting_patient", requestingPatient);
        }
        return "POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1\n"
                + "Authorization: Bearer " + new PlainObject(new Payload(claims)).serialize() + "\n"
                + "fromASID: 918999198738\n"
                + "toASID: 928942012545\n"
                + "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost\n"
                + "Content-Type: " + contentType + "\n"
                + "\n";
    }

    /** What one rule finds in the interaction, run through the real validator. */
    static List<Finding> findings(InteractionRule rule, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .threads(1)
                .build()
                .validate(interaction);
    }

    static List<Finding> findings(InteractionRule rule, Form form, String criteria) {
        return findings(rule, form.interaction(criteria, null));
    }

    /** The 1-based line of the recording text that holds {@code needle} first. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " is not in the text");
    }

    /**
     * The 1-based column of {@code fragment} on the criteria line of the text, as written there; of its last
     * occurrence when the fragment starts with {@code >}.
     */
    static int columnOf(String text, String fragment) {
        String line = text.split("\n", -1)[lineOf(text, "criteria") - 1];
        int index = fragment.startsWith(">") ? line.lastIndexOf(fragment.substring(1)) : line.indexOf(fragment);
        assertTrue(index >= 0, fragment + " is not on " + line);
        return index + 1;
    }

    /**
     * The rule finds exactly one fault in each form, on the criteria line at the column of {@code fragment}
     * (written without '&', so it reads the same in XML and JSON), and the message holds each part.
     */
    static void assertFiresAt(InteractionRule rule, String criteria, String fragment, String... parts) {
        for (Form form : Form.values()) {
            String text = form.text(criteria, null);
            List<Finding> found = findings(rule, form, criteria);
            assertEquals(1, found.size(), form + ": " + found);
            Finding f = found.get(0);
            assertEquals(rule.id(), f.ruleId(), form.name());
            assertEquals(lineOf(text, "criteria"), f.location().line(), form + ": " + f);
            assertEquals(columnOf(text, fragment), f.location().column(), form + ": " + f);
            assertEquals("Subscription.criteria", f.location().path(), form.name());
            assertEquals(rule.metadata().defaultSeverity(), f.severity(), form.name());
            assertEquals(rule.metadata().httpStatus(), f.httpStatus(), form.name());
            assertEquals(rule.metadata().spineCode(), f.spineCode(), form.name());
            for (String part : parts) {
                assertTrue(f.message().contains(part), form + ": '" + part + "' not in: " + f.message());
            }
        }
    }

    /** The one finding of the rule in the XML request, for tests of the requirement cited or a second message. */
    static Finding only(InteractionRule rule, String criteria) {
        List<Finding> found = findings(rule, Form.XML_REQUEST, criteria);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    /** The rule finds nothing in any form. */
    static void assertSilent(InteractionRule rule, String criteria) {
        for (Form form : Form.values()) {
            assertEquals(List.of(), findings(rule, form, criteria), form + ": " + criteria);
        }
    }
}
