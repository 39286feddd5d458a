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

    /**
     * Whether the rule judges against the supplier's configuration and so can check nothing without it.
     * A run without a configuration names such rules once, in {@link org.nemsrules.report.Report#notes()}.
     */
    default boolean needsConfiguration() {
        return false;
    }

    /**
     * Whether {@code own}, a finding of this rule, restates {@code other}, a finding of another rule on the
     * same request, and should give way to it. One fault should give one finding: a broad rule (such as
     * full profile validation) yields to the specific rule whose message says more. By default a rule
     * yields to none.
     */
    default boolean yieldsTo(Finding own, Finding other) {
        return false;
    }
}
