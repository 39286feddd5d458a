package org.example.nems;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/** A supplier's house rule: subscriptions are ended by the clinical system, never by a recorded DELETE. */
public final class NoDeleteRule implements InteractionRule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("house.no-delete")
            .title("No recorded deletes")
            .description("Our subscriptions are ended by the clinical system, not by hand.")
            .severity(Severity.WARNING)
            .fix("Remove the DELETE from the recordings.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        if ("DELETE".equals(context.interaction().method())) {
            sink.report(context.interaction().line(), "request-line", "a DELETE is recorded; house policy forbids it");
        }
    }
}
