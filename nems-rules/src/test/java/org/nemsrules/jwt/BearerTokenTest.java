package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.bareResource;
import static org.nemsrules.jwt.TokenShapeFixtures.part;
import static org.nemsrules.jwt.TokenShapeFixtures.request;
import static org.nemsrules.jwt.TokenShapeFixtures.token;
import static org.nemsrules.jwt.TokenShapeFixtures.unsecuredHeader;
import static org.nemsrules.jwt.TokenShapeFixtures.validClaims;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withAuthorization;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.View;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;

class BearerTokenTest {

    private static View<BearerToken> view(Interaction interaction) {
        return new RuleContext(interaction).view(BearerToken.VIEW);
    }

    private static View<BearerToken> failedView(String authorization) {
        View<BearerToken> view = view(withAuthorization(authorization));
        assertTrue(view.isFailed(), () -> "expected a failed view for '" + authorization + "'");
        assertFalse(view.isPresent());
        assertEquals(AUTHORIZATION_LINE, view.problem().orElseThrow().line());
        return view;
    }

    private static String message(View<BearerToken> view) {
        return view.problem().orElseThrow().message();
    }

    @Test
    void aRequestWithoutAnAuthorizationHeaderHasNoToken() {
        View<BearerToken> view = view(request(List.of()));
        assertTrue(view.isAbsent());
        assertFalse(view.isFailed());
    }

    @Test
    void aBareResourceHasNoToken() {
        View<BearerToken> view = view(bareResource());
        assertTrue(view.isAbsent());
        assertFalse(view.isFailed());
    }

    @Test
    void aTokenWithoutTheTrailingDotHasTwoPartsAndFails() {
        String token = validToken();
        View<BearerToken> view = failedView("Bearer " + token.substring(0, token.length() - 1));
        assertTrue(message(view).contains("2 dot-separated parts"), message(view));
        assertTrue(message(view).contains("trailing '.'"), message(view));
    }

    @Test
    void aTokenWithFourPartsFails() {
        View<BearerToken> view = failedView("Bearer " + validToken() + "extra.");
        assertTrue(message(view).contains("4 dot-separated parts"), message(view));
    }

    @Test
    void anEncryptedTokenWithFivePartsFailsAndIsNamedAsAJwe() {
        String jwe = part("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".a2V5.aXY.Y2lwaGVy.dGFn";
        View<BearerToken> view = failedView("Bearer " + jwe);
        assertTrue(message(view).contains("encrypted JWT (JWE)"), message(view));
    }

    @Test
    void theBasicSchemeFailsAndIsNamed() {
        View<BearerToken> view = failedView("Basic dXNlcjpwYXNzd29yZA==");
        assertTrue(message(view).contains("'Basic' scheme"), message(view));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz", "0paque-credential with-a-space", "s3cr3t"})
    void aValueWithoutASchemeFailsWithoutBeingQuoted(String authorization) {
        String message = message(failedView(authorization));
        assertTrue(message.contains("does not start with an authentication scheme"), message);
        assertTrue(message.contains("of " + authorization.length() + " characters"), message);
        assertFalse(message.contains(authorization.substring(0, 4)), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer   "})
    void theBearerSchemeWithoutATokenFails(String authorization) {
        assertTrue(message(failedView(authorization)).contains("no token"));
    }

    @Test
    void twoAuthorizationHeadersFailOnTheSecond() {
        Interaction twice = request(List.of(
                new Header("Authorization", "Bearer " + validToken(), 2),
                new Header("authorization", "Bearer " + validToken(), 3)));
        View<BearerToken> view = view(twice);
        assertTrue(view.isFailed());
        assertEquals(3, view.problem().orElseThrow().line());
        assertTrue(message(view).contains("2 Authorization headers"), message(view));
    }

    @Test
    void aHeaderThatIsNotJsonFails() {
        String payload = validToken().split("\\.")[1];
        View<BearerToken> view = failedView("Bearer " + part("alg none") + "." + payload + ".");
        assertTrue(message(view).contains("not a readable JWT"), message(view));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"directcare\"", "not json"})
    void aPayloadThatIsNotAJsonObjectFails(String payload) {
        View<BearerToken> view =
                failedView("Bearer " + part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part(payload) + ".");
        assertTrue(message(view).contains("payload is not a JSON object"), message(view));
    }

    @Test
    void aValidUnsecuredTokenIsPresentWithItsHeaderAndClaims() {
        BearerToken token = view(withToken(validToken())).get();
        assertEquals(AUTHORIZATION_LINE, token.line());
        assertEquals("none", token.algorithm());
        assertTrue(token.isUnsecured());
        assertEquals("JWT", token.header().get("typ"));
        assertEquals("", token.signature());
        assertEquals(Optional.of("patient/Subscription.read"), token.string("scope"));
        assertEquals(Optional.of(TokenShapeFixtures.EXP), token.claim("exp"));
    }

    @Test
    void theSchemeIsMatchedWithoutRegardToCase() {
        assertTrue(view(withAuthorization("bearer " + validToken())).isPresent());
    }

    static List<Object[]> rawJsonTypes() {
        return Arrays.asList(new Object[][] {
            {"exp", 1767604020L, Long.class},
            {"iat", "1767603720", String.class},
            {"decimal", 1767603720.5, Double.class},
            {"flag", true, Boolean.class},
            {"list", List.of("patient/Subscription.read"), List.class},
            {"object", Map.of("system", "x"), Map.class},
        });
    }

    @ParameterizedTest(name = "{0} keeps its JSON type {2}")
    @MethodSource("rawJsonTypes")
    void claimsKeepTheirRawJsonTypes(String name, Object value, Class<?> type) {
        Map<String, Object> claims = validClaims();
        claims.put(name, value);
        Object found = view(withToken(token(claims))).get().claims().get(name);
        assertTrue(type.isInstance(found), () -> name + " is a " + found.getClass());
        assertEquals(value, found);
    }

    @Test
    void aNullClaimIsKeptButDoesNotCount() {
        Map<String, Object> claims = validClaims();
        claims.put("scope", null);
        claims.put("aud", "");
        BearerToken token = view(withToken(token(claims))).get();
        assertTrue(token.claims().containsKey("scope"));
        assertFalse(token.has("scope"));
        assertFalse(token.has("aud"));
        assertEquals(Optional.empty(), token.claim("scope"));
        assertEquals(Optional.empty(), token.string("aud"));
    }

    @Test
    void aSignedTokenIsPresentWithItsAlgorithmAndSignature() {
        Map<String, Object> header = new LinkedHashMap<>(unsecuredHeader());
        header.put("alg", "HS256");
        BearerToken token =
                view(withToken(token(header, validClaims(), "c2lnbmF0dXJl"))).get();
        assertEquals("HS256", token.algorithm());
        assertFalse(token.isUnsecured());
        assertEquals("c2lnbmF0dXJl", token.signature());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF", "[]", "null", "1", "\"alg\""})
    void aHeaderThatIsJsonButNotAnObjectIsAFailedViewNotACaughtCrash(String header) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString(header.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"sub\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".";

        View<BearerToken> view = BearerToken.parse(token, 3);

        assertTrue(view.isFailed(), () -> String.valueOf(view.problem()));
        String message = view.problem().orElseThrow().message();
        assertTrue(message.startsWith("the bearer token is not a readable JWT"), message);
        assertFalse(message.contains("Exception"), message);
        assertEquals(3, view.problem().orElseThrow().line());
    }

    @Test
    void theRequestingOrganisationIsTheOdsCodeOfAWellFormedClaimOnly() {
        assertEquals(
                Optional.of("A99968"),
                view(withToken(validToken())).get().requestingOrganisation().map(Object::toString));
        Map<String, Object> foreign = validClaims();
        foreign.put("requesting_organisation", "https://fhir.nhs.uk/Id/accredited-system|A99968");
        assertEquals(Optional.empty(), view(withToken(token(foreign))).get().requestingOrganisation());
        Map<String, Object> malformed = validClaims();
        malformed.put("requesting_organisation", "https://fhir.nhs.uk/Id/ods-organization-code|a99968");
        assertEquals(Optional.empty(), view(withToken(token(malformed))).get().requestingOrganisation());
    }
}
