package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.View;

/** A request without an {@code Authorization: Bearer <JWT>} header. */
public final class MissingAuthorizationRule implements InteractionRule {
    public static final String ID = "jwt.missing-authorization";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Request has no Authorization header")
            .description("Every Subscription API request carries 'Authorization: Bearer <JWT>', an OAuth 2.0 bearer "
                    + "token (RFC 6750) holding the Spine Core claims. Without it Spine cannot tell who asks, for "
                    + "which organisation and why. Bare resource files have no headers and are not judged.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-08")
            .specPage(SpecPages.JWT)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Add 'Authorization: Bearer <JWT>' with an unsecured JWT built as Spine Core describes.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        if (!context.interaction().origin().hasHttpEnvelope()) {
            return;
        }
        sink.examined();
        View<BearerToken> token = context.view(BearerToken.VIEW);
        if (token.isAbsent()) {
            sink.report(
                    context.interaction().line(),
                    "header:Authorization",
                    "the request has no Authorization header; expected 'Authorization: Bearer <JWT>'");
        }
    }
}
