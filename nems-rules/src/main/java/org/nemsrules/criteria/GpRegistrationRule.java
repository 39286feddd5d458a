package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code GPRegistration} outside RegisteredOnly, UnregisteredOnly. */
public final class GpRegistrationRule extends CriteriaProblemRule {
    public static final String ID = "criteria.gp-registration";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("GPRegistration is not RegisteredOnly or UnregisteredOnly")
            .description("GPRegistration (0..1) is RegisteredOnly or UnregisteredOnly, matched case-sensitively. "
                    + "NEMS's answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-06")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Write GPRegistration=RegisteredOnly or GPRegistration=UnregisteredOnly, or leave it out.")
            .build();

    public GpRegistrationRule() {
        super(METADATA, Kind.GP_REGISTRATION);
    }

    @Override
    boolean judges(Criteria criteria) {
        // GPRegistration is optional; without one there is nothing to judge.
        return hasValue(criteria, Component.GP_REGISTRATION);
    }
}
