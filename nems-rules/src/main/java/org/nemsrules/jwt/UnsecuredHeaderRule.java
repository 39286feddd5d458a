package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * The header of an unsecured token that is not exactly {@code {"alg":"none","typ":"JWT"}}: a
 * {@code typ} that is missing or not {@code JWT}, or a {@code crit} list. A signed token is
 * judged by {@link SignedTokenRule} instead.
 */
public final class UnsecuredHeaderRule extends TokenRule {
    public static final String ID = "jwt.unsecured-header";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Unsecured JWT header is not {\"alg\":\"none\",\"typ\":\"JWT\"}")
            .description("A token the consumer builds itself is an Unsecured JWT (RFC 7519 section 6) whose header "
                    + "Spine Core gives as {\"alg\":\"none\",\"typ\":\"JWT\"}. This rule reports an unsecured token "
                    + "whose typ is missing or is not exactly JWT (RFC 7515 lets a recipient compare typ without "
                    + "regard to case, but Spine's check is not published, so the value the specification writes is "
                    + "expected), and a crit parameter, which names extensions Spine would have to understand. A "
                    + "header without alg cannot be read as a JWT at all and is reported by jwt.malformed; a token "
                    + "with another alg is signed and is reported by jwt.signed-token.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-02")
            .specPage(SpecPages.JWT)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Encode exactly {\"alg\":\"none\",\"typ\":\"JWT\"} as the first part of the token.")
            .build();

    public UnsecuredHeaderRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        // A signed token's header is jwt.signed-token's to judge.
        if (!token.isUnsecured()) {
            return;
        }
        sink.examined();
        Object typ = token.header().get("typ");
        if (typ == null) {
            sink.report(
                    token.line(),
                    "jwt.header.typ",
                    "the JWT header has no 'typ'; expected {\"alg\":\"none\",\"typ\":\"JWT\"}");
        } else if (!"JWT".equals(typ)) {
            sink.report(
                    token.line(),
                    "jwt.header.typ",
                    "the JWT header has 'typ' " + ClaimJsonType.shown(typ) + "; expected \"JWT\""
                            + ("JWT".equalsIgnoreCase(typ.toString()) ? ", in capitals" : ""));
        }
        Object crit = token.header().get("crit");
        if (crit != null) {
            sink.report(
                    token.line(),
                    "jwt.header.crit",
                    "the JWT header has 'crit' " + ClaimJsonType.shown(crit)
                            + "; an unsecured Spine token has only alg and typ, and Spine does not promise to understand "
                            + "any critical extension");
        }
    }
}
