package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code Patient.age} that is not {@code lt} or {@code gt} followed by whole years. */
public final class PatientAgeRule extends CriteriaProblemRule {
    public static final String ID = "criteria.patient-age";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Patient.age is not lt or gt followed by whole years")
            .description("Patient.age (0..2) is the prefix lt or gt followed by whole years, e.g. lt14 or gt60: "
                    + "the SearchParameter EMS-PatientAge-1 is of type number with the comparators lt and gt "
                    + "only. Another prefix (ge, le, eq), no prefix, an upper-case prefix or a number that is "
                    + "not whole is an error (ambiguity 13). NEMS's answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-05")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Write Patient.age=lt<years> or Patient.age=gt<years> with a whole number of years.")
            .build();

    public PatientAgeRule() {
        super(METADATA, Kind.AGE_VALUE);
    }

    @Override
    boolean judges(Criteria criteria) {
        // Patient.age is optional; without one there is nothing to judge.
        return hasValue(criteria, Component.PATIENT_AGE);
    }
}
