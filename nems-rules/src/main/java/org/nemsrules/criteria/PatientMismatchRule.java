package org.nemsrules.criteria;

import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.nhs.Identifier;
import org.nemsrules.nhs.NhsNumber;
import org.nemsrules.subscription.SubscriptionBody;

/** An explicit subscription for one NHS number, requested by a token whose {@code requesting_patient} is another. */
public final class PatientMismatchRule extends CriteriaRule {
    public static final String ID = "criteria.patient-mismatch";
    private static final String CLAIM = "requesting_patient";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("the criteria's NHS number differs from the token's requesting_patient")
            .description("When the token carries the optional requesting_patient claim, the request is made on "
                    + "behalf of that patient, and an explicit subscription for another NHS number is most likely a "
                    + "mix-up of test data or of patients. Spine answers a request that does not match its "
                    + "authorisation token with 400 REQUEST_UNMATCHED; whether NEMS compares these two values is "
                    + "not stated, so this is a warning and the answer is inferred. Only two valid NHS numbers are "
                    + "compared: invalid ones are reported by nhs-number.invalid and jwt.requesting-patient.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-CRIT-03", "R-JWT-16")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(400, "REQUEST_UNMATCHED")
            .fix("Use the same NHS number in Patient.identifier and in the token's requesting_patient claim, or "
                    + "leave requesting_patient out.")
            .build();

    public PatientMismatchRule() {
        super(METADATA);
    }

    @Override
    public Set<ViewKey<?>> requiredViews() {
        return Set.of(SubscriptionBody.VIEW, BearerToken.VIEW);
    }

    @Override
    void check(WrittenCriteria criteria, RuleContext context, FindingSink sink) {
        if (criteria.criteria().kind() != SubscriptionKind.EXPLICIT) {
            return;
        }
        CriteriaParameter patient =
                criteria.criteria().first(Component.PATIENT_IDENTIFIER).orElseThrow();
        Optional<NhsNumber> subscribed = Identifier.parse(patient.value()).flatMap(id -> NhsNumber.parse(id.value()));
        Optional<NhsNumber> requesting = context.view(BearerToken.VIEW)
                .get()
                .string(CLAIM)
                .flatMap(Identifier::parse)
                .flatMap(id -> NhsNumber.parse(id.value()));
        if (subscribed.isEmpty() || requesting.isEmpty()) {
            return;
        }
        sink.examined();
        if (!subscribed.equals(requesting)) {
            sink.report(
                    criteria.line(),
                    criteria.column(patient.valueOffset()),
                    WrittenCriteria.PATH,
                    "the criteria subscribes to the NHS number " + subscribed.get() + ", but the token's " + CLAIM
                            + " is " + requesting.get() + "; expected the same patient in both");
        }
    }
}
