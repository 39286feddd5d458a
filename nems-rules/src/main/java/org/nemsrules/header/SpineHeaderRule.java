package org.nemsrules.header;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.model.Interaction;

/**
 * Shared shape of the header rules: they judge requests with an HTTP envelope only, since a bare
 * resource file has no headers to judge.
 */
abstract class SpineHeaderRule implements InteractionRule {
    private final RuleMetadata metadata;

    SpineHeaderRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final void check(RuleContext context, FindingSink sink) {
        if (context.interaction().origin().hasHttpEnvelope()) {
            check(context.interaction(), context, sink);
        }
    }

    abstract void check(Interaction interaction, RuleContext context, FindingSink sink);
}
