package org.nemsrules.jwt;

import java.util.Locale;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A {@code reason_for_request} that is none of Spine Core's three values {@code directcare},
 * {@code secondaryuses}, {@code patientaccess} (R-JWT-10), compared case-sensitively.
 */
public final class ReasonForRequestValueRule extends TokenRule {
    public static final String ID = "jwt.reason-for-request-value";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT reason_for_request is not directcare, secondaryuses or patientaccess")
            .description("Spine Core defines three values for reason_for_request: 'directcare', 'secondaryuses' and "
                    + "'patientaccess', all lower case and written as one word. Any other value, including another "
                    + "spelling or case of these ('DirectCare', 'direct_care'), is an error (ambiguity 18). Of the "
                    + "three, NEMS subscriptions are for direct care; the other two are a warning of "
                    + "jwt.reason-for-request-direct-care. An absent or empty value is reported by "
                    + "jwt.missing-claim.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-10")
            .specPage(SpecPages.JWT)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set reason_for_request to 'directcare'.")
            .build();

    public ReasonForRequestValueRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        // Absent, null, empty and wrong-typed values are jwt.missing-claim's to report.
        String reason = token.string(ReasonForRequest.CLAIM).orElse(null);
        if (reason == null) {
            return;
        }
        sink.examined();
        if (ReasonForRequest.VALUES.contains(reason)) {
            return;
        }
        String message = lookAlike(reason)
                .map(known -> "reason_for_request '" + Echo.of(reason) + "' is not a Spine Core value; values are "
                        + "case-sensitive, one lower-case word: did you mean '" + known + "'?")
                .orElse("reason_for_request '" + Echo.of(reason) + "' is not a Spine Core value; expected 'directcare' "
                        + "(Spine Core also defines 'secondaryuses' and 'patientaccess')");
        sink.report(token.line(), ReasonForRequest.PATH, message);
    }

    /** The known value that {@code reason} spells with another case, spaces, '-' or '_'. */
    private static Optional<String> lookAlike(String reason) {
        String folded = reason.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        return ReasonForRequest.VALUES.stream().filter(folded::equals).findFirst();
    }
}
