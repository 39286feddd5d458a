package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** {@code GPRegistration} with a rule type that already needs a registered GP. */
public final class GpRegistrationRedundantRule extends CriteriaProblemRule {
    public static final String ID = "criteria.gp-registration-redundant";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("GPRegistration is combined with CHO_GP_CCG or GP_GP_GP")
            .description("The rule types CHO_GP_CCG and GP_GP_GP match patients through their registered GP, so "
                    + "GPRegistration adds nothing (RegisteredOnly) or excludes everyone (UnregisteredOnly). "
                    + "The create page says it should not appear with them: a warning.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-CRIT-06")
            .specPage(SpecPages.CREATE)
            .fix("Leave GPRegistration out of CHO_GP_CCG and GP_GP_GP subscriptions.")
            .build();

    public GpRegistrationRedundantRule() {
        super(METADATA, Kind.GP_REGISTRATION_REDUNDANT);
    }

    @Override
    boolean judges(Criteria criteria) {
        // Only the combination with a rule type NEMS knows is judged.
        return criteria.has(Component.GP_REGISTRATION)
                && criteria.first(Component.SUBSCRIPTION_RULE_TYPE)
                        .flatMap(p -> RuleType.of(p.value()))
                        .isPresent();
    }
}
