package org.nemsrules.engine;

import java.util.Set;

/** A rule that judges one request. */
public non-sealed interface InteractionRule extends Rule {

    /**
     * The views this rule needs. When one of them is absent or failed to parse, the rule is
     * skipped: the failure is reported once, by the rule that owns the view, not again by
     * every rule that depends on it.
     */
    default Set<ViewKey<?>> requiredViews() {
        return Set.of();
    }

    void check(RuleContext context, FindingSink sink);
}
