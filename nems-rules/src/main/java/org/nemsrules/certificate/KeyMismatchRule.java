package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The private key is not the endpoint certificate's. */
public final class KeyMismatchRule extends CertificateRule {
    public static final String ID = "certificate.key-mismatch";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The private key is not the endpoint certificate's")
            .description(
                    "endpoint.key names a private key that does not belong to the certificate: a signature made with "
                            + "it does not verify with the certificate's public key. A TLS handshake with this pair fails. "
                            + "Neither the key nor anything derived from it is shown.")
            .severity(Severity.ERROR)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Point key at the private key the certificate was issued for (the one its certificate signing "
                    + "request was made with).")
            .build();

    public KeyMismatchRule() {
        super(METADATA, CertificateProblem.Kind.KEY_MISMATCH);
    }
}
