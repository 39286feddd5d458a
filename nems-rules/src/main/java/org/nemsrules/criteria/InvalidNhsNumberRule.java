package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** An NHS number in the criteria's {@code Patient.identifier} that is not valid. */
public final class InvalidNhsNumberRule extends CriteriaProblemRule {
    public static final String ID = "nhs-number.invalid";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("the NHS number in Patient.identifier is not valid")
            .description("An NHS number is exactly ten ASCII digits whose last is the modulus 11 check digit of "
                    + "the first nine (weights 10 down to 2; a check of 11 becomes 0; a check of 10 means no "
                    + "valid number has those nine digits). A number written with spaces or hyphens, as on a "
                    + "patient's letter (943 476 5919), is reported as such, with the digits to write. The "
                    + "requesting_patient claim of the token is judged by jwt.requesting-patient with the same "
                    + "NhsNumber type. NEMS's answer is inferred: 400 INVALID_NHS_NUMBER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-NHS-02", "R-NHS-01", "R-CRIT-03")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(400, "INVALID_NHS_NUMBER")
            .fix("Write the patient's ten-digit NHS number, verified on PDS, without spaces or hyphens.")
            .build();

    public InvalidNhsNumberRule() {
        super(METADATA, Kind.NHS_NUMBER);
    }

    @Override
    boolean judges(Criteria criteria) {
        // A number after another naming system, or a value that is no number at all, is
        // criteria.identifier-system's; only a number meant as an NHS number is judged.
        return PatientIdentifierCheck.hasNhsNumber(criteria);
    }
}
