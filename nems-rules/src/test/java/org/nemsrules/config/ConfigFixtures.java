package org.nemsrules.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.HttpFileReader;

/**
 * A create request like sample-payloads' create-explicit.http, with each identity it carries
 * settable, and the supplier configuration it is judged against.
 */
final class ConfigFixtures {
    static final int REQUEST_LINE = 1;
    static final int AUTHORIZATION_LINE = 2;
    static final int FROM_ASID_LINE = 3;
    static final int TO_ASID_LINE = 4;
    static final int CONTACT_LINE = 12;
    static final int ENDPOINT_LINE = 19;

    static final String CONFIG_YAML = """
            systems:
              - asid: "918999198738"
                organisations: [A99968]
              - asid: "200000001145"
                organisations: [RYX, RX7]
            mailboxes:
              - id: A99968OT001
                organisation: A99968
              - id: RYXOT004
                organisation: RYX
            environments:
              live:
                nemsAsid: "928942012545"
                endpoint: https://clinicals.spineservices.nhs.uk
              int:
                nemsAsid: "200000000205"
                endpoint: https://msg.int.spine2.ncrs.nhs.uk/
            """;

    static final SupplierConfig CONFIG = config(CONFIG_YAML);

    private ConfigFixtures() {}

    static SupplierConfig config(String yaml) {
        try {
            return SupplierConfig.read("nems-rules.yaml", yaml, false, Path.of(""));
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The request's settable parts, valid against {@link #CONFIG} as built. */
    static final class Request {
        String target = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
        String fromAsid = "918999198738";
        String toAsid = "928942012545";
        String contactOds = "A99968";
        String endpoint = "A99968OT001";
        final Map<String, Object> claims = new LinkedHashMap<>();

        Request() {
            claims.put("iss", "https://auth.riverside-pas.example.org");
            claims.put("sub", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
            claims.put("aud", "https://clinicals.spineservices.nhs.uk");
            claims.put("exp", 1767603900);
            claims.put("iat", 1767603600);
            claims.put("reason_for_request", "directcare");
            claims.put("scope", "patient/Subscription.write");
            claims.put("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|918999198738");
            claims.put("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|A99968");
            claims.put("requesting_user", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
        }

        Request claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        Interaction build() {
            String text = "POST " + target + " HTTP/1.1\n"
                    + "Authorization: Bearer " + token() + "\n"
                    + "fromASID: " + fromAsid + "\n"
                    + "toASID: " + toAsid + "\n"
                    + "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost\n"
                    + "Content-Type: application/fhir+xml;charset=utf-8\n"
                    + "\n"
                    + "<Subscription xmlns=\"http://hl7.org/fhir\">\n"
                    + "  <status value=\"requested\"/>\n"
                    + "  <contact>\n"
                    + "    <system value=\"url\"/>\n"
                    + "    <value value=\"https://directory.spineservices.nhs.uk/STU3/Organization/" + contactOds
                    + "\"/>\n"
                    + "    <use value=\"work\"/>\n"
                    + "  </contact>\n"
                    + "  <reason value=\"Keep the practice informed\"/>\n"
                    + "  <criteria value=\"/Bundle?type=message&amp;serviceType=GP&amp;Patient.identifier="
                    + "http://fhir.nhs.net/Id/nhs-number|9990000018&amp;MessageHeader.event=pds-change-of-address-1\"/>\n"
                    + "  <channel>\n"
                    + "    <type value=\"message\"/>\n"
                    + "    <endpoint value=\"" + endpoint + "\"/>\n"
                    + "  </channel>\n"
                    + "</Subscription>\n";
            return new HttpFileReader()
                    .read("create.http", text.getBytes(StandardCharsets.UTF_8))
                    .interactions()
                    .get(0);
        }

        private String token() {
            try {
                Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
                ObjectMapper json = new ObjectMapper();
                return b64.encodeToString(json.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT"))) + "."
                        + b64.encodeToString(json.writeValueAsBytes(claims)) + ".";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static List<Finding> findings(Rule rule, Interaction interaction, SupplierConfig config) {
        NemsValidator.Builder builder =
                NemsValidator.builder().catalog(RuleCatalog.of(List.of(rule))).threads(1);
        if (config != null) {
            builder.configuration(config);
        }
        return builder.build().validate(interaction);
    }

    static List<Finding> findings(Rule rule, Request request) {
        return findings(rule, request.build(), CONFIG);
    }

    /** A bare Subscription resource file, which has no headers or token to compare. */
    static Interaction bareResource() {
        return new org.nemsrules.recording.RecordingReader()
                .read(
                        "subscription.xml",
                        "<Subscription xmlns=\"http://hl7.org/fhir\"/>".getBytes(StandardCharsets.UTF_8),
                        org.nemsrules.recording.RecordingReader.Format.BARE_RESOURCE)
                .interactions()
                .get(0);
    }
}
