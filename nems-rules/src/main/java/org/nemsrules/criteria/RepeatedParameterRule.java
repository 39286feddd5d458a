package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A 0..1 or 1..1 criteria component given more than once, or {@code Patient.age} more than twice. */
public final class RepeatedParameterRule extends CriteriaProblemRule {
    public static final String ID = "criteria.repeated-parameter";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria repeats a component that may appear once (Patient.age: twice)")
            .description("type, serviceType, Patient.identifier, GPRegistration, subscriptionRuleType, "
                    + "Organization.identifier and tag appear at most once; Patient.age at most twice (a "
                    + "range). MessageHeader.event may repeat on an explicit subscription; its count is "
                    + "criteria.event-count's concern. Each occurrence past the limit is reported. NEMS's "
                    + "answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-11")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Keep one occurrence of the component (two for a Patient.age range); for several "
                    + "patients, create one subscription per patient.")
            .build();

    public RepeatedParameterRule() {
        super(METADATA, Kind.REPEATED_PARAMETER);
    }
}
