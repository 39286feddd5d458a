package org.nemsrules.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

/**
 * A valid read request and its token, for the tests of the token's shape: the view, the header,
 * which claims are there and the token's lifetime. The request line is line 1 and the
 * {@code Authorization} header line 2.
 */
final class TokenShapeFixtures {
    static final int REQUEST_LINE = 1;
    static final int AUTHORIZATION_LINE = 2;
    static final String TARGET =
            "https://clinicals.spineservices.nhs.uk/STU3/Subscription/7f3c2a9e41d84b0b9c5e6a1d2f7b8c03";
    static final long IAT = 1767603720L;
    static final long EXP = IAT + 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenShapeFixtures() {}

    /** The claims of a correct read token, in a mutable map a test may change. */
    static Map<String, Object> validClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://auth.riverside-pas.example.org");
        claims.put("sub", "https://fhir.nhs.uk/Id/accredited-system|918999198738");
        claims.put("aud", "https://clinicals.spineservices.nhs.uk");
        claims.put("exp", EXP);
        claims.put("iat", IAT);
        claims.put("reason_for_request", "directcare");
        claims.put("scope", "patient/Subscription.read");
        claims.put("requesting_system", "https://fhir.nhs.uk/Id/accredited-system|918999198738");
        claims.put("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|A99968");
        return claims;
    }

    /** The header of an unsecured token, in a mutable map a test may change. */
    static Map<String, Object> unsecuredHeader() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "none");
        header.put("typ", "JWT");
        return header;
    }

    /** A correct unsecured token built by nimbus, as a consumer builds one: {"alg":"none","typ":"JWT"}, ends with '.'. */
    static String validToken() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        validClaims().forEach((name, value) -> claims.claim(name, value));
        PlainHeader header = new PlainHeader.Builder().type(JOSEObjectType.JWT).build();
        return new PlainJWT(
                        header,
                        claims.expirationTime(new Date(EXP * 1000))
                                .issueTime(new Date(IAT * 1000))
                                .build())
                .serialize();
    }

    /** An unsecured token with exactly these claims, JSON types kept as given (null included). */
    static String token(Map<String, ?> claims) {
        return token(unsecuredHeader(), claims, "");
    }

    /** A token with exactly this header, these claims and this signature part. */
    static String token(Map<String, ?> header, Map<String, ?> claims, String signature) {
        return part(json(header)) + "." + part(json(claims)) + "." + signature;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String part(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A read request whose Authorization header (line 2) has this value. */
    static Interaction withAuthorization(String value) {
        return request(List.of(new Header("Authorization", value, AUTHORIZATION_LINE)));
    }

    /** A read request carrying {@code Authorization: Bearer <token>} on line 2. */
    static Interaction withToken(String token) {
        return withAuthorization("Bearer " + token);
    }

    /** A read request with these header fields, followed by the Spine headers. */
    static Interaction request(List<Header> leading) {
        List<Header> fields = new ArrayList<>(leading);
        int line = REQUEST_LINE + leading.size() + 1;
        fields.add(new Header("fromASID", "918999198738", line++));
        fields.add(new Header("toASID", "928942012545", line++));
        fields.add(new Header("InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet", line++));
        fields.add(new Header("Accept", "application/fhir+json;charset=utf-8", line));
        return new Interaction(
                "test.http", 0, Origin.HTTP_FILE, "GET", TARGET, REQUEST_LINE, Headers.of(fields), Body.empty());
    }

    /** A bare Subscription resource: no request line, no headers. */
    static Interaction bareResource() {
        return new Interaction(
                "subscription.json",
                0,
                Origin.BARE_RESOURCE,
                "",
                "",
                0,
                Headers.none(),
                Body.of("{\"resourceType\":\"Subscription\"}", 1));
    }

    /** What the rule finds in the request, run through the real validator. */
    static List<Finding> findings(Rule rule, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .threads(1)
                .build()
                .validate(interaction);
    }
}
