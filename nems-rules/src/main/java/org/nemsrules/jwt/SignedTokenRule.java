package org.nemsrules.jwt;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A signed token ({@code alg} other than {@code none}). Only a warning: Spine Core reserves
 * signing for a national authorisation service, so a consumer-built token should be unsecured,
 * but the requirements digest does not call a signed token an error (R-JWT-02).
 */
public final class SignedTokenRule extends TokenRule {
    public static final String ID = "jwt.signed-token";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT is signed, but a consumer-built token must be unsecured")
            .description("While there is no national authorisation server, the consumer builds the token itself, and "
                    + "Spine Core says such a token SHALL be an Unsecured JWT: header {\"alg\":\"none\",\"typ\":"
                    + "\"JWT\"} and an empty signature part. Only a national authorisation service may sign tokens. "
                    + "A signed token is reported as a warning, not "
                    + "an error, because the specification does not say that Spine rejects one; the rest of the "
                    + "token is judged as usual, and no rejection is predicted. A token with alg none and a signature, or a signed token with an "
                    + "empty signature, cannot be read and is reported by jwt.malformed.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-JWT-02")
            .specPage(SpecPages.JWT)
            .fix("Build an unsecured token: header {\"alg\":\"none\",\"typ\":\"JWT\"}, no signature, so the token "
                    + "ends with '.'.")
            .build();

    public SignedTokenRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        sink.examined();
        if (token.isUnsecured()) {
            return;
        }
        sink.report(
                token.line(),
                "jwt.header.alg",
                "the JWT is signed with alg '" + Echo.of(token.algorithm()) + "'"
                        + (token.signature().isEmpty()
                                ? ""
                                : " and has a " + token.signature().length() + "-character signature")
                        + "; expected alg 'none' and an empty signature: a token the consumer builds must be an unsecured "
                        + "JWT, and only a national authorisation service may sign one");
    }
}
