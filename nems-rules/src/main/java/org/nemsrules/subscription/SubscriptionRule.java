package org.nemsrules.subscription;

import java.util.Set;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.ViewKey;

/**
 * Shared shape of the rules that judge the elements of a readable Subscription. They need
 * {@link SubscriptionBody#VIEW}, so the engine skips them when there is no body to read or it cannot
 * be read (reported once, by {@code subscription.unparseable}); and they skip a body that is another
 * resource (reported once, by {@code subscription.wrong-resource-type}).
 */
abstract class SubscriptionRule implements InteractionRule {
    private final RuleMetadata metadata;

    SubscriptionRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Set<ViewKey<?>> requiredViews() {
        return Set.of(SubscriptionBody.VIEW);
    }

    @Override
    public final void check(RuleContext context, FindingSink sink) {
        SubscriptionBody body = context.view(SubscriptionBody.VIEW).get();
        if (body.isSubscription()) {
            check(body.subscription(), body, context, sink);
        }
    }

    /** Judges the Subscription read from the body of the request in {@code context}. */
    abstract void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink);

    /** Reports at the element {@code path} (or its nearest written ancestor), citing the rule's first requirement. */
    static void report(FindingSink sink, SubscriptionBody body, String path, String message) {
        SourcePosition at = body.position(path);
        sink.report(at.line(), at.column(), path, message);
    }
}
