package org.nemsrules.engine;

import java.util.List;

/**
 * A rule that judges what the other rules concluded about a request: it runs after them, with their findings (those
 * that stand: not restated by another rule, not suppressed, and not about the answer recorded after the request).
 * The response rules use it to hold a recorded answer against the answer the findings predict (an error is a
 * predicted refusal, as in {@code --format operation-outcome}).
 */
public interface VerdictRule extends InteractionRule {
    /**
     * Judges the request of {@code context} given {@code findings}, the findings of the other rules on it.
     *
     * @param findings what the request rules found on this request and kept; read only
     */
    void check(RuleContext context, List<Finding> findings, FindingSink sink);

    /** Verdict rules judge through {@link #check(RuleContext, List, FindingSink)}, once the other rules have run. */
    @Override
    default void check(RuleContext context, FindingSink sink) {}
}
