package org.nemsrules.criteria;

import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.subscription.SubscriptionBody;

/**
 * Shared shape of the rules that judge the criteria of a create body (or a bare resource). They need
 * {@link SubscriptionBody#VIEW}, so the engine skips them when there is no body or it cannot be read; a body that
 * is not a Subscription, or has no criteria, is reported by the {@code subscription.*} rules and skipped here.
 */
abstract class CriteriaRule implements InteractionRule {
    private final RuleMetadata metadata;

    CriteriaRule(RuleMetadata metadata) {
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
        WrittenCriteria.read(context).ifPresent(criteria -> check(criteria, context, sink));
    }

    abstract void check(WrittenCriteria criteria, RuleContext context, FindingSink sink);
}
