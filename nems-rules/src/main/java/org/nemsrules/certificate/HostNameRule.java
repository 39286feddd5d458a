package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The registered host is not named by the endpoint certificate. */
public final class HostNameRule extends CertificateRule {
    public static final String ID = "certificate.host-name";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The registered host is not named by the endpoint certificate")
            .description("The host registered for the ASID (endpoint.host) is neither the certificate's subject CN nor "
                    + "one of its subject alternative DNS names (a wildcard matches one leftmost label). Spine "
                    + "endpoint certificates are issued for the endpoint's fully qualified domain name; the pages do "
                    + "not state the check Spine makes, so this is our own advice: a certificate for another host is "
                    + "most often the certificate of another environment or system.")
            .severity(Severity.WARNING)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Use the certificate issued for this endpoint's host, or correct endpoint.host to the host the "
                    + "certificate was issued for.")
            .build();

    public HostNameRule() {
        super(METADATA, CertificateProblem.Kind.HOST_MISMATCH);
    }
}
