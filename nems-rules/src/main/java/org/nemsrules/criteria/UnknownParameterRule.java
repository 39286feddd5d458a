package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A criteria parameter that is not a component of the create page's table. */
public final class UnknownParameterRule extends CriteriaProblemRule {
    public static final String ID = "criteria.unknown-parameter";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria has a parameter that is not a criteria component")
            .description("The criteria components are type, serviceType, Patient.identifier, MessageHeader.event, "
                    + "Patient.age, GPRegistration, subscriptionRuleType, Organization.identifier and tag; "
                    + "names are case-sensitive. Any other parameter is reported with the component it most "
                    + "likely meant (patient.identifier, Organisation.identifier with an s, event). NEMS's "
                    + "answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-11")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Use the component names exactly as the create page writes them, or remove the parameter.")
            .build();

    public UnknownParameterRule() {
        super(METADATA, Kind.UNKNOWN_PARAMETER);
    }
}
