package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.TokenShapeFixtures.AUTHORIZATION_LINE;
import static org.nemsrules.jwt.TokenShapeFixtures.findings;
import static org.nemsrules.jwt.TokenShapeFixtures.part;
import static org.nemsrules.jwt.TokenShapeFixtures.token;
import static org.nemsrules.jwt.TokenShapeFixtures.unsecuredHeader;
import static org.nemsrules.jwt.TokenShapeFixtures.validClaims;
import static org.nemsrules.jwt.TokenShapeFixtures.validToken;
import static org.nemsrules.jwt.TokenShapeFixtures.withToken;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;

class Base64UrlRuleTest {
    private static final String HEADER = part("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    private static final String PAYLOAD = validToken().split("\\.")[1];

    private final Base64UrlRule rule = new Base64UrlRule();

    @Test
    void aHeaderWithStandardBase64PaddingIsAnErrorNamingTheCharacterAndItsPosition() {
        // {"alg":"none","typ":"JWT"} is 26 bytes: standard base64 ends it with one '='.
        String padded = Base64.getEncoder()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(HEADER + "=", padded);

        List<Finding> findings = findings(rule, withToken(padded + "." + PAYLOAD + "."));

        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(Base64UrlRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(AUTHORIZATION_LINE, finding.location().line());
        assertEquals("jwt.header", finding.location().path());
        assertEquals(400, finding.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", finding.spineCode());
        assertEquals(
                "the JWT header has '=' at character 36 of the token (character 36 of the header), which is "
                        + "not base64url; '=' is standard base64's padding, which base64url leaves out; RFC 7515's base64url "
                        + "has only A-Z a-z 0-9 - _, with no '=' padding and no whitespace",
                finding.message());
    }

    @ParameterizedTest(name = "{0} in the payload")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'='                                  | which is not base64url",
                "U+0009 CHARACTER TABULATION          | which is not base64url",
                "U+0020 SPACE                         | which is not base64url",
                "'!'                                  | which is not base64url",
                "'é' U+00E9 LATIN SMALL LETTER E WITH ACUTE | which is not base64url",
                "U+200B ZERO WIDTH SPACE              | which is not base64url",
            })
    void aCharacterOutsideTheAlphabetIsNamedWithItsPositionInTokenAndPart(String shown, String hint) {
        String character = switch (shown) {
            case "U+0009 CHARACTER TABULATION" -> "\t";
            case "U+0020 SPACE" -> " ";
            case "'é' U+00E9 LATIN SMALL LETTER E WITH ACUTE" -> "\u00e9";
            case "U+200B ZERO WIDTH SPACE" -> "\u200b";
            default -> shown.substring(1, 2);
        };
        // Inserted after the payload's 20th character: nimbus skips it, so the claims are still what they were.
        String token = HEADER + "." + PAYLOAD.substring(0, 20) + character + PAYLOAD.substring(20) + ".";

        List<Finding> findings = findings(rule, withToken(token));

        assertEquals(1, findings.size(), findings::toString);
        String message = findings.get(0).message();
        int position = HEADER.length() + 1 + 21;
        assertTrue(
                message.startsWith("the JWT payload has " + shown + " at character " + position
                        + " of the token (character 21 of the payload)"),
                message);
        assertTrue(message.contains(hint), message);
        assertEquals("jwt.claims", findings.get(0).location().path());
    }

    @ParameterizedTest(name = "standard base64''s {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "+ | >>> | '+' is standard base64, base64url writes '-'",
                "/ | ??? | '/' is standard base64, base64url writes '_'",
            })
    void aPayloadInStandardBase64IsNamedAndItsClaimsStillRead(char character, String value, String hint) {
        // '>>>' is 0x3E3E3E, which standard base64 writes 'Pj4+'; '???' is 'Pz8/'.
        Map<String, Object> claims = validClaims();
        claims.put("note", value);
        String payload = Base64.getEncoder()
                .encodeToString(TokenShapeFixtures.json(claims).getBytes(StandardCharsets.UTF_8));
        String token = HEADER + "." + payload + ".";
        int inPayload = payload.indexOf(character) + 1;

        List<Finding> findings = findings(rule, withToken(token));

        assertEquals(1, findings.size(), findings::toString);
        String message = findings.get(0).message();
        assertTrue(
                message.startsWith("the JWT payload has '" + character + "' at character "
                        + (HEADER.length() + 1 + inPayload) + " of the token (character " + inPayload
                        + " of the payload), "
                        + "which is not base64url; " + hint),
                message);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOneCharacter() {
        String token = HEADER + ".\uD83D\uDE00" + PAYLOAD + ".";
        String message = findings(rule, withToken(token)).get(0).message();
        assertTrue(
                message.startsWith("the JWT payload has '\uD83D\uDE00' U+1F600 GRINNING FACE at character "
                        + (HEADER.length() + 2) + " of the token (character 1 of the payload)"),
                message);
    }

    @Test
    void aSignatureOfASignedTokenIsHeldToTheSameAlphabet() {
        Map<String, Object> header = new java.util.LinkedHashMap<>(unsecuredHeader());
        header.put("alg", "HS256");
        String token = token(header, validClaims(), "c2ln+/==");
        List<Finding> findings = findings(rule, withToken(token));
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(
                findings.get(0)
                        .message()
                        .startsWith("the JWT signature has '+' at character " + (token.indexOf('+') + 1)
                                + " of the token (character 5 of the signature)"),
                findings.get(0).message());
        assertEquals("jwt.signature", findings.get(0).location().path());
    }

    @Test
    void aPartWhoseLengthLeavesOneOverIsAnErrorThoughEveryCharacterIsBase64Url() {
        // nimbus drops the six bits a lone last character carries; no encoder writes such a part.
        String payload = PAYLOAD.length() % 4 == 0 ? PAYLOAD + "A" : PAYLOAD + "AAAAA".substring(PAYLOAD.length() % 4);
        assertEquals(1, payload.length() % 4);
        List<Finding> findings = findings(rule, withToken(HEADER + "." + payload + "."));
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(
                "the JWT payload is " + payload.length() + " characters long (ending at character "
                        + (HEADER.length() + 1 + payload.length())
                        + " of the token), which no base64url text is: a length "
                        + "that leaves 1 over when divided by 4 cannot be decoded, so a character is missing or one too "
                        + "many",
                findings.get(0).message());
    }

    @Test
    void onlyTheFirstFaultIsReported() {
        String token = HEADER + "=." + PAYLOAD.replace('-', '+') + "=.";
        assertEquals(1, findings(rule, withToken(token)).size());
    }

    @Test
    void theClaimRulesStillJudgeATokenThatIsReadableButNotStrict() {
        Map<String, Object> claims = validClaims();
        claims.put("scope", "patient/Subscription.write");
        String strict = token(claims);
        String padded = strict.substring(0, strict.indexOf('.')) + "=" + strict.substring(strict.indexOf('.'));

        List<String> rules =
                NemsValidator.builder()
                        .catalog(RuleCatalog.builtIn())
                        .threads(1)
                        .build()
                        .validate(withToken(padded))
                        .stream()
                        .map(Finding::ruleId)
                        .sorted()
                        .toList();

        assertEquals(List.of(Base64UrlRule.ID, ScopeInteractionRule.ID), rules);
    }

    @Test
    void aTokenWhoseStrayCharacterCorruptsItIsLeftToTheMalformedRuleWhichNamesTheCharacter() {
        // '!' in place of the header's second character shifts every later bit: the header is no longer JSON.
        String token = HEADER.charAt(0) + "!" + HEADER.substring(2) + "." + PAYLOAD + ".";

        List<Finding> findings = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .threads(1)
                .build()
                .validate(withToken(token));

        assertEquals(
                List.of(MalformedTokenRule.ID),
                findings.stream().map(Finding::ruleId).toList());
        String message = findings.get(0).message();
        assertTrue(message.startsWith("the bearer token is not a readable JWT: "), message);
        assertTrue(
                message.contains("the JWT header has '!' at character 2 of the token (character 2 of the "
                        + "header), which is not base64url"),
                message);
    }

    @Test
    void aStrictTokenIsSilent() {
        assertEquals(List.of(), findings(rule, withToken(validToken())));
    }
}
