package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.part;
import static org.nemsrules.jwt.TokenShapeFixtures.request;
import static org.nemsrules.jwt.TokenShapeFixtures.token;
import static org.nemsrules.jwt.TokenShapeFixtures.unsecuredHeader;
import static org.nemsrules.jwt.TokenShapeFixtures.validClaims;
import static org.nemsrules.jwt.TokenShapeFixtures.withAuthorization;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.model.Header;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;

/**
 * No rule quotes the token of an Authorization header, however the header is wrong: a rule about the token says
 * what is wrong with it (its parts, its scheme, a claim) and never needs the token itself. Reports cut JWTs besides
 * ({@code Redactor}), but the rules' own messages, which the library's users see unredacted, do not rely on that.
 */
class TokenNeverQuotedTest {
    private static final String TOKEN = token(validClaims());
    private static final String PAYLOAD = TOKEN.split("\\.")[1];
    /** A token short enough for a message to quote whole, as a claim's value. */
    private static final String SHORT_TOKEN = token(unsecuredHeader(), Map.of("sub", "someone"), "");

    private static final String SHORT_PAYLOAD = SHORT_TOKEN.split("\\.")[1];
    private static final NemsValidator EVERY_RULE = everyRule();

    private static NemsValidator everyRule() {
        RuleCatalog catalog = RuleCatalog.discover();
        NemsValidator.Builder builder = NemsValidator.builder().catalog(catalog).threads(1);
        for (RuleMetadata rule : catalog.metadata()) {
            builder.enable(rule.id());
        }
        return builder.build();
    }

    static Stream<Arguments> authorizationValues() {
        String header = TOKEN.split("\\.")[0];
        return Stream.of(
                Arguments.of("without the trailing dot", "Bearer " + TOKEN.substring(0, TOKEN.length() - 1)),
                Arguments.of("four parts", "Bearer " + TOKEN + "x.y"),
                Arguments.of("five parts, as a JWE", "Bearer " + TOKEN + ".x.y"),
                Arguments.of("no scheme", TOKEN),
                Arguments.of("another scheme", "Basic " + TOKEN),
                Arguments.of("lower-case scheme", "bearer " + TOKEN),
                Arguments.of("two tokens", "Bearer " + TOKEN + " " + TOKEN),
                Arguments.of("a header that is not JSON", "Bearer " + part("{\"alg\":") + "." + PAYLOAD + "."),
                Arguments.of("a payload that is not an object", "Bearer " + header + "." + part("[1,2]") + "."),
                Arguments.of(
                        "a signed token",
                        "Bearer "
                                + token(
                                        Map.of("alg", "HS256", "typ", "JWT"),
                                        validClaims(),
                                        "c2lnbmF0dXJlc2lnbmF0dXJl")),
                Arguments.of(
                        "a token of the wrong type",
                        "Bearer " + token(Map.of("alg", "none", "typ", "JOSE"), validClaims(), "")),
                Arguments.of("a claim missing", "Bearer " + token(unsecuredHeader(), Map.of("sub", "x"), "")),
                Arguments.of(
                        "a header parameter holding a token",
                        "Bearer " + token(Map.of("alg", "none", "typ", "JWT", "kid", TOKEN), validClaims(), "")));
    }

    /**
     * Rules that judge a value quote it (up to 200 characters, {@code Echo}), so that the user sees what was
     * recorded: a claim that holds a short whole token is quoted whole. The reports cut it ({@code Report.redacted},
     * which every report goes through); this test keeps that defence honest for the one place a token may hide in a
     * token.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensInsideTokens")
    void aTokenQuotedAsAValueIsCutInTheReport(String shape, String authorization) {
        List<Finding> findings = EVERY_RULE.validate(withAuthorization(authorization));
        assertTrue(
                findings.stream().anyMatch(f -> f.message().contains(SHORT_TOKEN)),
                "no rule quotes the value any more: drop this test\n" + findings);
        Report report = new Report(List.of(new FileResult("test.http", List.of("GET"), findings)), List.of());
        for (Redactor redactor : List.of(Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS)) {
            for (Finding f : report.redacted(redactor).findings().toList()) {
                assertFalse(
                        f.message().contains(SHORT_PAYLOAD), f.ruleId() + " quotes the token's claims: " + f.message());
            }
        }
    }

    static Stream<Arguments> tokensInsideTokens() {
        return Stream.of(Arguments.of(
                "claims holding a token",
                "Bearer "
                        + token(
                                unsecuredHeader(),
                                Map.of(
                                        "sub",
                                        SHORT_TOKEN,
                                        "scope",
                                        SHORT_TOKEN,
                                        "aud",
                                        SHORT_TOKEN,
                                        "requesting_system",
                                        SHORT_TOKEN),
                                "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorizationValues")
    void noFindingQuotesTheToken(String shape, String authorization) {
        assertNotQuoted(EVERY_RULE.validate(withAuthorization(authorization)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorizationValues")
    void twoAuthorizationHeadersQuoteNeither(String shape, String authorization) {
        assertNotQuoted(EVERY_RULE.validate(request(List.of(
                new Header("Authorization", authorization, 2), new Header("Authorization", "Bearer " + TOKEN, 3)))));
    }

    static Stream<Arguments> headerLines() {
        return Stream.of(
                Arguments.of("no colon", "Authorization Bearer " + TOKEN),
                Arguments.of("a folded line", "Authorization: Bearer\n " + TOKEN),
                Arguments.of("an invalid name", "Authori zation: Bearer " + TOKEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerLines")
    void aMalformedHeaderLineIsNotQuotedWhole(String shape, String line) {
        String recording = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n" + line + "\n";
        List<Finding> findings = EVERY_RULE
                .validate(new RecordingReader()
                        .read("test.http", recording.getBytes(StandardCharsets.UTF_8), RecordingReader.Format.HTTP))
                .findings();
        assertTrue(
                findings.stream().anyMatch(f -> f.ruleId().equals("recording.malformed-header")), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("Authori")), "the line is quoted, in part");
        assertNotQuoted(findings);
    }

    private static void assertNotQuoted(List<Finding> findings) {
        for (Finding f : findings) {
            assertFalse(f.message().contains(PAYLOAD), f.ruleId() + " quotes the token's claims: " + f.message());
            assertFalse(
                    f.location().path().contains(PAYLOAD),
                    f.ruleId() + " at " + f.location().path());
        }
    }
}
