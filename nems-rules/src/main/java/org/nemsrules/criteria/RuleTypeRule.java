package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code subscriptionRuleType} outside the five rule types. */
public final class RuleTypeRule extends CriteriaProblemRule {
    public static final String ID = "criteria.rule-type";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("subscriptionRuleType is not one of the five rule types")
            .description("subscriptionRuleType is GP_GP_GP, UHV_POSTCODE_LACODE, CHO_GP_CCG, CHO_POSTCODE_CCG or "
                    + "COUNTRYCODE, matched case-sensitively. HSS is the old name of COUNTRYCODE (release "
                    + "notes) and is reported as renamed (ambiguity 21); older names such as CHRD and the "
                    + "short-lived CHO_POSTCODE_ICS get the nearest current rule type. NEMS's answer is "
                    + "inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-07")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Write one of GP_GP_GP, UHV_POSTCODE_LACODE, CHO_GP_CCG, CHO_POSTCODE_CCG or COUNTRYCODE.")
            .build();

    public RuleTypeRule() {
        super(METADATA, Kind.RULE_TYPE);
    }

    @Override
    boolean judges(Criteria criteria) {
        // Without a subscriptionRuleType (an explicit subscription) there is nothing to judge.
        return hasValue(criteria, Component.SUBSCRIPTION_RULE_TYPE);
    }
}
