package org.nemsrules.criteria;

/**
 * What a criteria string subscribes to (R-CRIT-10): one patient ({@code Patient.identifier}) or every patient a
 * rule matches ({@code subscriptionRuleType}). Exactly one of the two must hold.
 */
public enum SubscriptionKind {
    /** {@code Patient.identifier} and no {@code subscriptionRuleType}. */
    EXPLICIT,
    /** {@code subscriptionRuleType} and no {@code Patient.identifier}. */
    GENERIC,
    /** Neither: NEMS cannot tell which patients are meant. */
    NEITHER,
    /** Both: NEMS cannot tell whether one patient or a rule is meant. */
    BOTH;

    static SubscriptionKind of(Criteria criteria) {
        boolean explicit = criteria.has(Component.PATIENT_IDENTIFIER);
        boolean generic = criteria.has(Component.SUBSCRIPTION_RULE_TYPE);
        if (explicit && generic) {
            return BOTH;
        }
        return explicit ? EXPLICIT : generic ? GENERIC : NEITHER;
    }
}
