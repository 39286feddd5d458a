package org.nemsrules.jwt;

import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A {@code reason_for_request} of {@code secondaryuses} or {@code patientaccess}: valid Spine Core
 * values, but NEMS subscriptions are for direct care (R-JWT-10, inferred).
 */
public final class ReasonForRequestDirectCareRule extends TokenRule {
    public static final String ID = "jwt.reason-for-request-direct-care";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT reason_for_request is not directcare")
            .description("Spine Core allows 'secondaryuses' and 'patientaccess' besides 'directcare', but the NEMS "
                    + "implementation guide's data-use section limits event messages to direct care. That NEMS "
                    + "rejects the other two is inferred, not stated, so they are a warning, not an error "
                    + "(ambiguity 18). Values outside the three are errors of jwt.reason-for-request-value.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-JWT-10")
            .specPage(SpecPages.JWT)
            .fix("Set reason_for_request to 'directcare'.")
            .build();

    public ReasonForRequestDirectCareRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        // A value that is none of the three is jwt.reason-for-request-value's; absent ones jwt.missing-claim's.
        Optional<String> known = token.string(ReasonForRequest.CLAIM).filter(ReasonForRequest.VALUES::contains);
        if (known.isEmpty()) {
            return;
        }
        sink.examined();
        known.filter(reason -> !reason.equals(ReasonForRequest.DIRECT_CARE))
                .ifPresent(reason -> sink.report(
                        token.line(),
                        ReasonForRequest.PATH,
                        "reason_for_request '"
                                + Echo.of(reason) + "': NEMS subscriptions are for direct care only (inferred from the "
                                + "implementation guide's data-use section); expected 'directcare'"));
    }
}
