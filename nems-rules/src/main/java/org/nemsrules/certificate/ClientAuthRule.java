package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The endpoint certificate may not be used for TLS client authentication. */
public final class ClientAuthRule extends CertificateRule {
    public static final String ID = "certificate.client-auth";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The endpoint certificate may not be used for TLS client authentication")
            .description(
                    "A system that calls NEMS is the TLS client and presents its endpoint certificate. A key usage "
                            + "extension without digitalSignature, or an extended key usage without clientAuth (and without "
                            + "anyExtendedKeyUsage), forbids that use, and a TLS server checking the certificate refuses it. "
                            + "The finding says which usages the certificate has.")
            .severity(Severity.ERROR)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Use an endpoint certificate whose extended key usage includes TLS client authentication "
                    + "(clientAuth), as Spine endpoint certificates do.")
            .build();

    public ClientAuthRule() {
        super(METADATA, CertificateProblem.Kind.NOT_FOR_CLIENT_AUTH);
    }
}
