package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The private key cannot be compared with the endpoint certificate. */
public final class KeyUnreadableRule extends CertificateRule {
    public static final String ID = "certificate.key-unreadable";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The private key cannot be compared with the endpoint certificate")
            .description(
                    "endpoint.key names a file that cannot be read as a PEM private key, or an encrypted one whose "
                            + "password the configuration cannot hold, so whether it belongs to the certificate is not known.")
            .severity(Severity.WARNING)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Point key at the unencrypted PEM private key (PKCS#8, PKCS#1 or SEC1) where the check runs, or "
                    + "leave key out.")
            .build();

    public KeyUnreadableRule() {
        super(METADATA, CertificateProblem.Kind.KEY_UNREADABLE);
    }
}
