package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A token that nimbus could read but that is not strict base64url: standard base64's {@code +}, {@code /} or
 * {@code =} padding, whitespace, or any other stray character. It is its own rule rather than part of
 * {@code jwt.malformed} because such a token still decodes to the header and claims its writer meant (nimbus maps
 * {@code +} and {@code /} as {@code -} and {@code _} and skips the rest), so the claim rules can judge them and a
 * supplier sees every fault of the token in one run. A stray character that does corrupt the decoding leaves the
 * token unreadable, and {@code jwt.malformed} names it instead: one fault, one finding.
 */
public final class Base64UrlRule extends TokenRule {
    public static final String ID = "jwt.base64url";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT part is not strict base64url")
            .description("Each of the three parts of the bearer token must be base64url as RFC 7515 defines it: "
                    + "only the characters A-Z a-z 0-9 - and _, no '=' padding, no whitespace, and no length that "
                    + "leaves 1 over when divided by 4. A token encoded with standard base64 ('+', '/', '=') or with "
                    + "a stray character is reported here, naming the part, the first such character and its "
                    + "position (counted in characters from the token's first one, and within the part). "
                    + "JWT libraries differ in what they forgive, and Spine's is not published, so the token is "
                    + "an error, but it is still read the forgiving way, so the claim rules judge its claims as "
                    + "well. A token that cannot be read at all is reported by jwt.malformed, which then names the "
                    + "first character that is not base64url too.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-01", "R-JWT-04")
            .specPage(SpecPages.JWT)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Encode each part with base64url and no padding (Java: Base64.getUrlEncoder().withoutPadding(); "
                    + "JavaScript: Buffer.from(json).toString('base64url')), and send the token on one line.")
            .build();

    public Base64UrlRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        sink.examined();
        token.base64url()
                .ifPresent(fault -> sink.report(
                        token.line(),
                        fault.part().equals("payload") ? "jwt.claims" : "jwt." + fault.part(),
                        fault.message()));
    }
}
