package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.engine.Examinations.ids;
import static org.nemsrules.engine.Examinations.replaced;
import static org.nemsrules.engine.Examinations.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Examinations;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;

/**
 * Which requests the jwt rules say they examined, which is all the requirement coverage report knows of them: a rule
 * that stops saying so leaves its requirement unproved, and one that says so for a request it does not judge proves
 * it falsely.
 */
class JwtExaminationTest {
    private static final NemsValidator VALIDATOR =
            NemsValidator.builder().catalog(RuleCatalog.builtIn()).build();

    private static final Pattern AUTHORIZATION = Pattern.compile("(?m)^Authorization: Bearer (\\S+)\\n");

    /** Every rule that judges a readable token of a valid sample, whatever claims it holds. */
    private static final List<String> EVERY_TOKEN = List.of(
            "jwt.audience-host",
            "jwt.audience-url",
            "jwt.base64url",
            "jwt.from-asid-mismatch",
            "jwt.malformed",
            "jwt.missing-authorization",
            "jwt.missing-claim",
            "jwt.reason-for-request-direct-care",
            "jwt.reason-for-request-value",
            "jwt.requesting-organisation",
            "jwt.requesting-system",
            "jwt.scope-interaction",
            "jwt.scope-value",
            "jwt.signed-token",
            "jwt.sub-mismatch",
            "jwt.token-lifetime",
            "jwt.unsecured-header");

    /** The jwt rules that examined the only request of {@code http}, sorted. */
    private static List<String> examined(NemsValidator validator, String http) {
        return Examinations.examined(validator, http, "jwt.");
    }

    private static List<String> examined(String http) {
        return examined(VALIDATOR, http);
    }

    /** {@link #EVERY_TOKEN} with {@code more} and without {@code less}, sorted. */
    private static List<String> everyTokenRule(List<String> more, List<String> less) {
        return Examinations.adjusted(EVERY_TOKEN, more, less);
    }

    private static String payloadOf(String http) {
        Matcher token = AUTHORIZATION.matcher(http);
        assertTrue(token.find(), "the sample has a bearer token");
        return new String(Base64.getUrlDecoder().decode(token.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** {@code http} with its token's header and payload replaced, and {@code signature} as the third part. */
    private static String withToken(String http, String header, String payload, String signature) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String token = base64url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + signature;
        Matcher matcher = AUTHORIZATION.matcher(http);
        assertTrue(matcher.find(), "the sample has a bearer token");
        return matcher.replaceFirst(Matcher.quoteReplacement("Authorization: Bearer " + token + "\n"));
    }

    /** {@code http} with an unsecured token whose payload is the sample's with {@code claim} replaced. */
    private static String withClaim(String http, String claim, String replacement) {
        return withToken(http, "{\"alg\":\"none\",\"typ\":\"JWT\"}", replaced(payloadOf(http), claim, replacement), "");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // A token with requesting_user: the user rules judge it.
                "create-explicit.http     | jwt.requesting-user jwt.requesting-user-local-system",
                "delete.http              | jwt.requesting-user jwt.requesting-user-local-system",
                // A token without requesting_user (the system asks on its own): nothing for the user rules.
                "read.http                | -",
                "create-generic.json.http | -",
            })
    void eachValidSampleIsExaminedByEveryJwtRuleThatAppliesToIt(String file, String userRules) throws IOException {
        List<String> more = userRules == null ? List.of() : Arrays.asList(userRules.split(" "));
        // Without a judging instant whether the token expired is not judged; requesting_patient and
        // requesting_practitioner are not in any of the samples' tokens.
        assertEquals(everyTokenRule(more, List.of()), examined(sample(file)));
    }

    @Test
    void withAJudgingInstantTheExpiryIsExaminedToo() throws IOException {
        // Between the sample token's iat (1767603600) and its exp (1767603900).
        NemsValidator judging = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .judgingInstant(Instant.ofEpochSecond(1_767_603_700L))
                .build();
        assertEquals(
                everyTokenRule(
                        List.of("jwt.requesting-user", "jwt.requesting-user-local-system", TokenExpiredRule.ID),
                        List.of()),
                examined(judging, sample("create-explicit.http")));
    }

    @Test
    void aRequestWithoutAuthorizationIsExaminedOnlyByTheRuleThatReportsItMissing() throws IOException {
        String read = sample("read.http").replaceAll("(?m)^Authorization: .*\\n", "");
        assertEquals(List.of(MissingAuthorizationRule.ID), examined(read));
    }

    @Test
    void anUnreadableTokenIsExaminedOnlyByTheRulesOfTheHeader() throws IOException {
        String read =
                sample("read.http").replaceAll("(?m)^Authorization: Bearer .*$", "Authorization: Bearer not.a.token");
        assertEquals(ids(MalformedTokenRule.ID, MissingAuthorizationRule.ID), examined(read));
    }

    @Test
    void aSignedTokenIsNotExaminedAsAnUnsecuredOne() throws IOException {
        String read = sample("read.http");
        String signed = withToken(read, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payloadOf(read), "c2lnbmF0dXJl");
        assertEquals(everyTokenRule(List.of(), List.of(UnsecuredHeaderRule.ID)), examined(signed));
    }

    @Test
    void aReasonThatIsNoSpineCoreValueIsExaminedByTheValueRuleOnly() throws IOException {
        String read = withClaim(
                sample("read.http"), "\"reason_for_request\":\"directcare\"", "\"reason_for_request\":\"care\"");
        assertEquals(everyTokenRule(List.of(), List.of(ReasonForRequestDirectCareRule.ID)), examined(read));
    }

    @Test
    void aScopeThatIsNoNemsValueIsNotExaminedAgainstTheInteraction() throws IOException {
        String read = withClaim(
                sample("read.http"), "\"scope\":\"patient/Subscription.read\"", "\"scope\":\"patient/*.read\"");
        assertEquals(everyTokenRule(List.of(), List.of(ScopeInteractionRule.ID)), examined(read));
    }

    @Test
    void absentClaimsAreExaminedOnlyByTheRuleThatReportsThemMissing() throws IOException {
        // Without aud, scope, reason_for_request and requesting_system only jwt.missing-claim judges their absence;
        // sub has nothing to be compared with, and fromASID no ASID in the token.
        String read = sample("read.http");
        String payload =
                payloadOf(read).replaceAll("\"(aud|scope|reason_for_request|requesting_system)\":\"[^\"]*\",?", "");
        String stripped = withToken(read, "{\"alg\":\"none\",\"typ\":\"JWT\"}", payload, "");
        assertEquals(
                everyTokenRule(
                        List.of(),
                        List.of(
                                AudienceHostRule.ID,
                                AudienceUrlRule.ID,
                                FromAsidMismatchRule.ID,
                                ReasonForRequestDirectCareRule.ID,
                                ReasonForRequestValueRule.ID,
                                RequestingSystemRule.ID,
                                ScopeInteractionRule.ID,
                                ScopeValueRule.ID,
                                SubMismatchRule.ID)),
                examined(stripped));
    }

    @Test
    void aFromAsidThatIsNoAsidIsNotComparedWithTheToken() throws IOException {
        String read = replaced(sample("read.http"), "fromASID: 918999198738\n", "fromASID: not-an-asid\n");
        assertEquals(everyTokenRule(List.of(), List.of(FromAsidMismatchRule.ID)), examined(read));
    }

    @Test
    void theClaimsThatAreThereAreExamined() throws IOException {
        String read = withClaim(
                sample("read.http"),
                "\"scope\"",
                "\"requesting_patient\":\"http://fhir.nhs.net/Id/nhs-number|9990000018\","
                        + "\"requesting_practitioner\":\"x|1\",\"scope\"");
        assertEquals(everyTokenRule(List.of(RequestingPatientRule.ID, UnknownClaimRule.ID), List.of()), examined(read));
    }
}
