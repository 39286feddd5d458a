package org.nemsrules.jwt;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionKind;

/**
 * A valid NEMS scope that does not fit the interaction: read (GET) needs
 * {@code patient/Subscription.read}; create (POST) and delete (DELETE) need
 * {@code patient/Subscription.write} (R-JWT-12, inferred).
 */
public final class ScopeInteractionRule extends TokenRule {
    public static final String ID = "jwt.scope-interaction";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT scope does not allow the interaction")
            .description("A read (GET) needs scope 'patient/Subscription.read'; a create (POST) and a delete "
                    + "(DELETE) need 'patient/Subscription.write'. This pairing is INFERRED: no NEMS or Spine Core "
                    + "page pairs the two scopes with the interactions. It follows the SMART read/write meaning "
                    + "Spine Core uses, and Spine Core says APIs reject calls without the appropriate scope "
                    + "(ambiguity 2). It is an error by default; configuration can lower it, e.g. to a warning. "
                    + "The rule judges only the two valid scope values (jwt.scope-value reports any other) and "
                    + "stays silent on requests that are not one of the three interactions.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-12")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(403, "ACCESS_DENIED")
            .fix("Send scope 'patient/Subscription.read' with GET and 'patient/Subscription.write' with POST and "
                    + "DELETE.")
            .build();

    public ScopeInteractionRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        InteractionKind kind = context.classification().kind();
        Optional<SubscriptionScope> required = SubscriptionScope.requiredFor(kind);
        Optional<SubscriptionScope> sent = token.string("scope").flatMap(SubscriptionScope::of);
        if (required.isEmpty() || sent.isEmpty()) {
            return;
        }
        sink.examined();
        if (sent.get() == required.get()) {
            return;
        }
        sink.report(
                token.line(),
                "jwt.claims.scope",
                "scope " + sent.get().value() + " does not allow " + describe(kind) + "; expected "
                        + required.get().value());
    }

    private static String describe(InteractionKind kind) {
        return switch (kind) {
            case CREATE -> "create (POST)";
            case READ -> "read (GET)";
            case DELETE -> "delete (DELETE)";
            case UNSUPPORTED -> "this request";
        };
    }
}
