package org.nemsrules.criteria;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.nhs.Identifier;
import org.nemsrules.nhs.NhsNumber;
import org.nemsrules.nhs.NhsNumberRange;

/**
 * Sample-data hygiene: a valid NHS number outside the range set aside for test data, in the criteria or the
 * token, may be a real patient's, and recordings kept in source control must not carry one. Off by default: it
 * says nothing about what NEMS would answer, and is meant for pre-commit checks of recorded payloads. It needs
 * no view, because it reads whichever of the criteria and the token a request has.
 */
public final class NotTestDataRule implements InteractionRule {
    public static final String ID = "nhs-number.not-test-data";
    private static final String CLAIM = "requesting_patient";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("an NHS number outside the range set aside for test data (sample hygiene, off by default)")
            .description("Recorded requests kept in source control must not carry real patients' NHS numbers. "
                    + "This rule flags every valid NHS number, in the criteria's Patient.identifier or the token's "
                    + "requesting_patient, outside 999 000 0000 to 999 999 9999, the range set aside for test data "
                    + "and never issued to patients (source: the English Wikipedia article 'NHS number', repeated by "
                    + "the nhs-number crate's documentation; the NHS England page behind them was not consulted). "
                    + "9434765919, the worked example printed on the NEMS create page and in the NHS Data Dictionary, "
                    + "is accepted because it is already public, not because it is known to be unissued. Invalid "
                    + "numbers are left to nhs-number.invalid and jwt.requesting-patient. Off by default: turn it on "
                    + "for pre-commit use by its id, or by enabling the nhs-number category.")
            .severity(Severity.ERROR)
            .enabledByDefault(false)
            .reportsExamination()
            .fix("Replace the number with a test number from 999 000 0000 to 999 999 9999 that passes the modulus "
                    + "11 check, e.g. 9990000018, and keep the token's requesting_patient consistent with it.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        WrittenCriteria.read(context).ifPresent(criteria -> {
            for (CriteriaParameter p : criteria.criteria().all(Component.PATIENT_IDENTIFIER)) {
                int bar = p.value().indexOf('|');
                possiblyIssued(p.value().substring(bar + 1), sink)
                        .ifPresent(number -> sink.report(
                                criteria.line(),
                                criteria.column(bar < 0 ? p.valueOffset() : p.offsetInValue(bar + 1)),
                                WrittenCriteria.PATH,
                                message(number, "Patient.identifier")));
            }
        });
        context.view(BearerToken.VIEW)
                .value()
                .ifPresent(token -> token.string(CLAIM)
                        .flatMap(Identifier::parse)
                        .flatMap(id -> possiblyIssued(id.value(), sink))
                        .ifPresent(number -> sink.report(
                                token.line(), null, "jwt.claims." + CLAIM, message(number, "the token's " + CLAIM))));
    }

    private static Optional<NhsNumber> possiblyIssued(String text, FindingSink sink) {
        Optional<NhsNumber> valid = NhsNumber.parse(text);
        // Every valid number is judged, wherever it is; invalid ones are nhs-number.invalid's and
        // jwt.requesting-patient's.
        valid.ifPresent(n -> sink.examined());
        return valid.filter(n -> n.range() == NhsNumberRange.POSSIBLY_ISSUED);
    }

    private static String message(NhsNumber number, String where) {
        return "the NHS number " + number + " in " + where + " is outside the range set aside for test data (999 000 "
                + "0000 to 999 999 9999), so it may belong to a real patient; recordings kept in source control "
                + "should use test numbers such as 9990000018";
    }
}
