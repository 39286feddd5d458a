package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** Two {@code Patient.age} values that do not form a range some age falls in. */
public final class PatientAgeRangeRule extends CriteriaProblemRule {
    public static final String ID = "criteria.patient-age-range";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("two Patient.age values do not form a non-empty range")
            .description("Two Patient.age values should be one gt and one lt forming a range, e.g. "
                    + "gt5&Patient.age=lt19. Two of the same prefix, or a gt at or above the lt (gt19 with lt5; "
                    + "gt5 with lt6 leaves no whole age), match no one or say the same twice; so does lt0 "
                    + "alone. The page does not forbid them, so this is a warning (ambiguity 13).")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-CRIT-05")
            .specPage(SpecPages.CREATE)
            .fix("Give one gt and one lt with the gt at least two years below the lt, or a single age.")
            .build();

    public PatientAgeRangeRule() {
        super(METADATA, Kind.AGE_RANGE);
    }

    @Override
    boolean judges(Criteria criteria) {
        // A range is made of well-formed ages, one (lt0) or two; malformed ones are criteria.patient-age's, and a
        // third is criteria.repeated-parameter's.
        long ages = PatientAgeCheck.wellFormed(criteria);
        return ages == 1 || ages == 2;
    }
}
