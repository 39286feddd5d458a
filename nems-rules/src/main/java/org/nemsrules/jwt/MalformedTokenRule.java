package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.View;

/**
 * An {@code Authorization} header that does not hold a readable JWT. It owns the bearer-token
 * view: when this rule fires, the claim rules are skipped rather than fail a second time.
 */
public final class MalformedTokenRule implements InteractionRule {
    public static final String ID = "jwt.malformed";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Authorization header does not hold a readable JWT")
            .description("The bearer value must be a JWT in compact form: three base64url parts, header.payload."
                    + "signature, whose header and payload decode to JSON objects. Spine Core wants tokens built by "
                    + "the consumer unsigned, so the signature part is empty and the token ends with a trailing "
                    + "'.'; a token without that dot is malformed. The scheme must be Bearer, and there must be one "
                    + "Authorization header. When the token cannot be read, the claim rules are skipped. When a "
                    + "part is not base64url, the message also names the first character that is not (a stray "
                    + "character shifts every bit after it); a token that can still be read despite such a "
                    + "character is reported by jwt.base64url instead.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-01", "R-JWT-03", "R-JWT-04", "R-HDR-08")
            .specPage(SpecPages.JWT)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Send 'Authorization: Bearer <base64url(header)>.<base64url(payload)>.' with header "
                    + "{\"alg\":\"none\",\"typ\":\"JWT\"} and the claims as a JSON object, unpadded.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        View<BearerToken> token = context.view(BearerToken.VIEW);
        // No Authorization header (or no headers at all): nothing to read, and jwt.missing-authorization's concern.
        if (token.isAbsent()) {
            return;
        }
        sink.examined();
        token.problem().ifPresent(problem -> sink.report(problem.line(), "header:Authorization", problem.message()));
    }
}
