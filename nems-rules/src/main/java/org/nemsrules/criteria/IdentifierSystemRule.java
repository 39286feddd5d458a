package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code Patient.identifier} that is not {@code http://fhir.nhs.net/Id/nhs-number|<value>}. */
public final class IdentifierSystemRule extends CriteriaProblemRule {
    public static final String ID = "criteria.identifier-system";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Patient.identifier does not use the naming system http://fhir.nhs.net/Id/nhs-number")
            .description("Patient.identifier is 'http://fhir.nhs.net/Id/nhs-number|<NHS number>': one '|', the "
                    + "NEMS naming system before it. A bare NHS number (the 2018 create page), another '|', "
                    + "whitespace around the system, and other systems are reported; "
                    + "'https://fhir.nhs.uk/Id/nhs-number', the NHS NamingSystem's preferred URI used by newer "
                    + "APIs, is named as a likely mistake, an error because NEMS matches the system literally "
                    + "(ambiguity 14). NEMS's answer is inferred: 400 INVALID_IDENTIFIER_SYSTEM.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-03", "R-NHS-03")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(400, "INVALID_IDENTIFIER_SYSTEM")
            .fix("Write Patient.identifier=http://fhir.nhs.net/Id/nhs-number|<NHS number>, with nothing "
                    + "between the system and the '|'.")
            .build();

    public IdentifierSystemRule() {
        super(METADATA, Kind.IDENTIFIER_SYSTEM);
    }

    @Override
    boolean judges(Criteria criteria) {
        // Without a Patient.identifier (a generic subscription) there is nothing to judge.
        return hasValue(criteria, Component.PATIENT_IDENTIFIER);
    }
}
