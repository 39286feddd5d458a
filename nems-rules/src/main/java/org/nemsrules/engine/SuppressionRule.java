package org.nemsrules.engine;

/**
 * A rule about the inline suppressions of a request rather than the request itself: it runs after every
 * other rule, once the validator knows which suppressions dropped a finding. Its own findings cannot be
 * suppressed: a suppression that could silence the warning about itself would check nothing.
 */
public interface SuppressionRule extends InteractionRule {
    /** The category of the suppression rules; a suppression naming it, or one of its rules, suppresses nothing. */
    String CATEGORY = "suppression";

    void check(SuppressionReview review, FindingSink sink);

    /** Suppression rules judge the suppressions, through {@link #check(SuppressionReview, FindingSink)}. */
    @Override
    default void check(RuleContext context, FindingSink sink) {}
}
