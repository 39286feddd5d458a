package org.nemsrules.jwt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Base64;
import org.nemsrules.engine.InternalErrors;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Interaction;

/**
 * Fuzzes the bearer token view ({@link BearerToken#VIEW}, the entry point every {@code jwt.*} rule reads the token
 * through) and the rules that judge the token it yields (docs/fuzzing.md). The promise: any {@code Authorization}
 * value gives a token, a failed view or an absent one, never an exception; and no rule throws on what it is given.
 *
 * <p>Random bytes seldom make base64url that decodes to JSON, so the input is read two ways. Without a line break it
 * is the {@code Authorization} value as written. With one, its lines are the token's JOSE header JSON, its payload
 * JSON and (optionally) its signature part, which the target encodes into {@code Bearer header.payload.signature}:
 * the fuzzer then mutates the claims themselves. Seeds (in {@code BearerTokenFuzzTestInputs/readsAnyToken}) are the
 * tokens of the sample recordings in that decoded form, and a few written values.
 */
class BearerTokenFuzzTest {
    /** A judging instant, so that {@code jwt.token-expired} runs too. */
    private static final NemsValidator VALIDATOR = NemsValidator.builder()
            .judgingInstant(Instant.parse("2026-01-05T09:02:00Z"))
            .threads(1)
            .build();

    @FuzzTest(maxDuration = "4m")
    void readsAnyToken(byte[] bytes) {
        Interaction request = TokenShapeFixtures.withAuthorization(authorization(new String(bytes, UTF_8)));
        // The view parser directly: the engine would turn an exception from it into a failed view.
        assertNotNull(BearerToken.read(request));
        InternalErrors.assertNone(VALIDATOR.validate(request));
    }

    /** The header value this input stands for; see the class comment. */
    static String authorization(String input) {
        if (input.indexOf('\n') < 0) {
            return input;
        }
        String[] lines = input.split("\n", 3);
        return "Bearer " + base64url(lines[0]) + "." + base64url(lines[1]) + "." + (lines.length > 2 ? lines[2] : "");
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(UTF_8));
    }
}
