package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A criteria string that is neither explicit nor generic, or both. */
public final class SubscriptionKindRule extends CriteriaProblemRule {
    public static final String ID = "criteria.subscription-kind";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria is neither explicit nor generic, or both")
            .description("An explicit subscription names one patient with Patient.identifier; a generic "
                    + "(rule-based) one has subscriptionRuleType. Exactly one of the two holds. The read page's "
                    + "example (Organization.identifier with no subscriptionRuleType) predates the rule types "
                    + "and is neither; the finding then says to add subscriptionRuleType. NEMS's answer is "
                    + "inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-10")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("For one patient, give Patient.identifier and no subscriptionRuleType; for a rule, give "
                    + "subscriptionRuleType and Organization.identifier and no Patient.identifier.")
            .build();

    public SubscriptionKindRule() {
        super(METADATA, Kind.SUBSCRIPTION_KIND);
    }
}
