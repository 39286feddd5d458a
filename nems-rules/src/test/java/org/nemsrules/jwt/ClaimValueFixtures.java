package org.nemsrules.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.model.Origin;

/**
 * Valid requests for the claim-value rules (scope, sub, reason_for_request, aud), to be spoiled
 * one claim at a time. The Authorization header is always on {@link #AUTHORIZATION_LINE}.
 */
final class ClaimValueFixtures {
    static final int AUTHORIZATION_LINE = 3;
    static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3";
    static final String CREATE_TARGET = BASE + "/Subscription";
    static final String ID_TARGET = BASE + "/Subscription/7f3c2a9e41d84b0b9c5e6a1d2f7b8c03";
    static final String USER = "https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100";
    static final String SYSTEM = "https://fhir.nhs.uk/Id/accredited-system|918999198738";

    private ClaimValueFixtures() {}

    /** Claims of a valid token for a create made by a user; a fresh, mutable map. */
    static Map<String, Object> userClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://auth.riverside-pas.example.org");
        claims.put("sub", USER);
        claims.put("aud", "https://clinicals.spineservices.nhs.uk");
        claims.put("exp", 1767603900L);
        claims.put("iat", 1767603600L);
        claims.put("reason_for_request", "directcare");
        claims.put("scope", "patient/Subscription.write");
        claims.put("requesting_system", SYSTEM);
        claims.put("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|A99968");
        claims.put("requesting_user", USER);
        return claims;
    }

    /** Claims of a valid token for a create made by a system, with no user: sub is requesting_system. */
    static Map<String, Object> systemClaims() {
        Map<String, Object> claims = userClaims();
        claims.remove("requesting_user");
        claims.put("sub", SYSTEM);
        return claims;
    }

    /** {@link #userClaims()} with one claim replaced ({@code null} value: the claim is removed). */
    static Map<String, Object> userClaimsWith(String claim, Object value) {
        Map<String, Object> claims = userClaims();
        if (value == null) {
            claims.remove(claim);
        } else {
            claims.put(claim, value);
        }
        return claims;
    }

    /** An unsecured JWT in compact form, ending with '.'; values keep their JSON types. */
    static String token(Map<String, Object> claims) {
        return new PlainObject(
                        new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), new Payload(claims))
                .serialize();
    }

    static Interaction request(String method, String target, Map<String, Object> claims) {
        InteractionKind kind = switch (method) {
            case "GET" -> InteractionKind.READ;
            case "DELETE" -> InteractionKind.DELETE;
            default -> InteractionKind.CREATE;
        };
        Headers headers = Headers.of(List.of(
                new Header("Authorization", "Bearer " + token(claims), AUTHORIZATION_LINE),
                new Header("fromASID", "918999198738", 4),
                new Header("toASID", "928942012545", 5),
                new Header("InteractionID", kind.interactionId(), 6)));
        return new Interaction("test.http", 0, Origin.HTTP_FILE, method, target, 2, headers, Body.empty());
    }

    static Interaction create(Map<String, Object> claims) {
        return request("POST", CREATE_TARGET, claims);
    }

    static List<Finding> validate(InteractionRule rule, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .build()
                .validate(interaction);
    }
}
