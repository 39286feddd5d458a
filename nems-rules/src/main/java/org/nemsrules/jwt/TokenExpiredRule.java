package org.nemsrules.jwt;

import java.time.Instant;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A token that had expired, or was not yet issued, at the instant the user asked to judge
 * against ({@code --now}). Without such an instant the rule is silent: a recording's findings must
 * not change with the day it is checked.
 */
public final class TokenExpiredRule extends TokenRule {
    public static final String ID = "jwt.token-expired";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT had expired (or was not yet issued) at the judging instant")
            .description("Spine Core sets exp to the token's creation time plus five minutes, and Spine rejects an "
                    + "expired token. Whether a recorded token has expired depends on when the request is sent, "
                    + "which a recording cannot say, so this rule judges only against an instant the user "
                    + "supplies (nems-check --now 2026-01-05T09:02:00Z, or NemsValidator.Builder.judgingInstant). "
                    + "It reports exp at or before that instant, and iat after it (a token from the future). "
                    + "Values that are not integers are jwt.token-lifetime's to report.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-09", "R-JWT-08")
            .specPage(SpecPages.JWT)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Build a new token for each request, with iat the time of sending and exp = iat + 300.")
            .build();

    public TokenExpiredRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        if (context.judgingInstant().isEmpty()) {
            return;
        }
        Instant now = context.judgingInstant().get();
        // An exp or iat that is missing or not integer seconds is jwt.missing-claim's or jwt.token-lifetime's.
        if (ClaimJsonType.isInteger(token.claims().get("exp"))
                || ClaimJsonType.isInteger(token.claims().get("iat"))) {
            sink.examined();
        }
        if (token.claims().get("exp") instanceof Number exp
                && ClaimJsonType.isInteger(exp)
                && exp.longValue() <= now.getEpochSecond()) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims.exp",
                    "R-JWT-09",
                    "the token expired at "
                            + Instant.ofEpochSecond(exp.longValue()) + " (exp " + exp.longValue()
                            + "), at or before the "
                            + "judging instant " + now + "; expected exp after it");
        }
        if (token.claims().get("iat") instanceof Number iat
                && ClaimJsonType.isInteger(iat)
                && iat.longValue() > now.getEpochSecond()) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims.iat",
                    "R-JWT-09",
                    "the token was issued at "
                            + Instant.ofEpochSecond(iat.longValue()) + " (iat " + iat.longValue()
                            + "), after the judging "
                            + "instant " + now + "; expected iat at or before it");
        }
    }
}
