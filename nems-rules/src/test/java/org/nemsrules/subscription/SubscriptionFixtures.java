package org.nemsrules.subscription;

import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

/**
 * Valid Subscription bodies in XML and JSON, as in sample-payloads/valid, that a test changes by
 * replacing one piece of text; and the requests that carry them.
 */
final class SubscriptionFixtures {
    static final String PROFILE = "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1";
    static final String ORGANISATION = "https://directory.spineservices.nhs.uk/STU3/Organization/A99968";

    /** Line numbers of the elements in {@link #XML}, as a bare file. */
    static final int XML_ROOT = 1;

    static final int XML_PROFILE = 3;
    static final int XML_STATUS = 5;
    static final int XML_CONTACT = 6;
    static final int XML_SYSTEM = 7;
    static final int XML_VALUE = 8;
    static final int XML_USE = 9;
    static final int XML_REASON = 11;
    static final int XML_CRITERIA = 12;
    static final int XML_CHANNEL = 13;
    static final int XML_TYPE = 14;
    static final int XML_ENDPOINT = 15;

    static final String XML = """
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
              <criteria value="/Bundle?type=message&amp;Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919&amp;MessageHeader.event=pds-change-of-address-1"/>
              <channel>
                <type value="message"/>
                <endpoint value="A99968OT001"/>
              </channel>
            </Subscription>
            """;

    /** Line numbers of the elements in {@link #JSON}, as a bare file. */
    static final int JSON_ROOT = 1;

    static final int JSON_PROFILE = 5;
    static final int JSON_STATUS = 8;
    static final int JSON_CONTACT = 9;
    static final int JSON_SYSTEM = 11;
    static final int JSON_VALUE = 12;
    static final int JSON_USE = 13;
    static final int JSON_REASON = 16;
    static final int JSON_CRITERIA = 17;
    static final int JSON_CHANNEL = 18;
    static final int JSON_TYPE = 19;
    static final int JSON_ENDPOINT = 20;

    static final String JSON = """
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
              "criteria": "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919&MessageHeader.event=pds-change-of-address-1",
              "channel": {
                "type": "message",
                "endpoint": "A99968OT001"
              }
            }
            """;

    /** Line of the first body line in {@link #create}. */
    static final int CREATE_BODY_LINE = 9;

    private SubscriptionFixtures() {}

    /** {@code text} with {@code from} replaced by {@code to}; fails when {@code from} is not there. */
    static String change(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the fixture has no '" + from + "'");
        }
        return text.replace(from, to);
    }

    /** A bare resource file holding {@code body}. */
    static Interaction bare(String body) {
        return new Interaction(
                "subscription.xml", 0, Origin.BARE_RESOURCE, "POST", "", 1, Headers.none(), Body.of(body, 1));
    }

    /** A create request whose token names {@code odsCode} as requesting_organisation, with {@code body}. */
    static Interaction create(String body, String odsCode) {
        return createClaiming(body, odsCode == null ? null : "https://fhir.nhs.uk/Id/ods-organization-code|" + odsCode);
    }

    /** A create request whose token's requesting_organisation is {@code claim} (system|value), with {@code body}. */
    static Interaction createClaiming(String body, String claim) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://auth.riverside-pas.example.org");
        claims.put("sub", "https://fhir.nhs.uk/Id/accredited-system|918999198738");
        claims.put("aud", "https://clinicals.spineservices.nhs.uk");
        claims.put("exp", 1767603900L);
        claims.put("iat", 1767603600L);
        claims.put("reason_for_request", "directcare");
        claims.put("scope", "patient/Subscription.write");
        claims.put("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|918999198738");
        if (claim != null) {
            claims.put("requesting_organisation", claim);
        }
        String token = new PlainObject(new Payload(claims)).serialize();
        String type = body.strip().startsWith("{") ? "application/fhir+json" : "application/fhir+xml";
        List<Header> headers = List.of(
                new Header("Authorization", "Bearer " + token, 2),
                new Header("fromASID", "918999198738", 3),
                new Header("toASID", "928942012545", 4),
                new Header("InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost", 5),
                new Header("Content-Type", type, 6));
        return new Interaction(
                "create.http",
                0,
                Origin.HTTP_FILE,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                1,
                Headers.of(headers),
                Body.of(body, CREATE_BODY_LINE));
    }

    static Interaction create(String body) {
        return create(body, "A99968");
    }

    /** What one rule finds, run through the real validator. */
    static List<Finding> findings(InteractionRule rule, Interaction request) {
        return findings(rule, request, null);
    }

    /**
     * The one finding {@code rule} makes in {@code request}, checked to be of that rule, at {@code line}
     * and {@code path}, with a message that contains each of {@code says}.
     */
    static Finding only(InteractionRule rule, Interaction request, int line, String path, String... says) {
        List<Finding> found = findings(rule, request);
        org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        org.junit.jupiter.api.Assertions.assertEquals(rule.id(), f.ruleId());
        org.junit.jupiter.api.Assertions.assertEquals(rule.metadata().defaultSeverity(), f.severity());
        org.junit.jupiter.api.Assertions.assertEquals(line, f.location().line(), f::toString);
        org.junit.jupiter.api.Assertions.assertEquals(path, f.location().path());
        for (String s : says) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    f.message().contains(s), () -> "'" + s + "' not in: " + f.message());
        }
        return f;
    }

    /** What one rule finds when judged at {@code now}. */
    static List<Finding> findings(InteractionRule rule, Interaction request, Instant now) {
        NemsValidator.Builder builder = NemsValidator.builder().catalog(RuleCatalog.of(List.of(rule)));
        Optional.ofNullable(now).ifPresent(builder::judgingInstant);
        return builder.build().validate(request);
    }
}
