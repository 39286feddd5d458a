package org.nemsrules.jwt;

import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * A valid create request, as in sample-payloads/valid/create-explicit.http, whose token claims a
 * test can change; for the tests of the identifier-valued (requesting_*) claim rules.
 */
final class RequestingClaimsFixtures {
    static final int AUTHORIZATION_LINE = 2;
    static final int FROM_ASID_LINE = 3;
    static final String ASID = "918999198738";

    private RequestingClaimsFixtures() {}

    /** The claims of a valid token with a user and a patient. */
    static Map<String, Object> validClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://auth.riverside-pas.example.org");
        claims.put("sub", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
        claims.put("aud", "https://clinicals.spineservices.nhs.uk");
        claims.put("exp", 1767603900L);
        claims.put("iat", 1767603600L);
        claims.put("reason_for_request", "directcare");
        claims.put("scope", "patient/Subscription.write");
        claims.put("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|" + ASID);
        claims.put("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|A99968");
        claims.put("requesting_user", "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100");
        claims.put("requesting_patient", "http://fhir.nhs.net/Id/nhs-number|9434765919");
        return claims;
    }

    /** A create request whose token has the valid claims changed by {@code change}. */
    static Interaction request(Consumer<Map<String, Object>> change) {
        return request(change, ASID);
    }

    /** As {@link #request(Consumer)}, with this fromASID header value, or none when {@code null}. */
    static Interaction request(Consumer<Map<String, Object>> change, String fromAsid) {
        Map<String, Object> claims = validClaims();
        change.accept(claims);
        String token = new PlainObject(new Payload(claims)).serialize();
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Authorization", "Bearer " + token, AUTHORIZATION_LINE));
        if (fromAsid != null) {
            headers.add(new Header("fromASID", fromAsid, FROM_ASID_LINE));
        }
        headers.add(new Header("toASID", "928942012545", 4));
        headers.add(new Header("InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost", 5));
        headers.add(new Header("Content-Type", "application/fhir+xml;charset=utf-8", 6));
        return new Interaction(
                "test.http",
                0,
                Origin.HTTP_FILE,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                1,
                Headers.of(headers),
                Body.of("<Subscription xmlns=\"http://hl7.org/fhir\"/>", 8));
    }

    /** The claims with one claim set to {@code value}. */
    static Consumer<Map<String, Object>> set(String claim, Object value) {
        return claims -> claims.put(claim, value);
    }

    static Consumer<Map<String, Object>> unchanged() {
        return claims -> {};
    }

    /** What one rule finds in the request, run through the real validator. */
    static List<Finding> findings(InteractionRule rule, Interaction request) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .build()
                .validate(request);
    }
}
