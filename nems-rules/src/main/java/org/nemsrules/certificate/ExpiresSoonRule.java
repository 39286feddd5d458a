package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The endpoint certificate expires soon. */
public final class ExpiresSoonRule extends CertificateRule {
    public static final String ID = "certificate.expires-soon";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The endpoint certificate expires soon")
            .description("The endpoint certificate expires within the warning window (expiryWarningDays under the "
                    + "endpoint, 30 days by default) of the judging instant. Our own advice, as the Spine pages set no "
                    + "notice period: a renewal takes time, and a build that warns a month ahead lets it happen before "
                    + "the endpoint stops.")
            .severity(Severity.WARNING)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Request the renewal of the endpoint certificate now; set expiryWarningDays to change how early "
                    + "this warns.")
            .build();

    public ExpiresSoonRule() {
        super(METADATA, CertificateProblem.Kind.EXPIRES_SOON);
    }
}
