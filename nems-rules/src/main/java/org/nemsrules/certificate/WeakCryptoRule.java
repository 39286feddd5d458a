package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The endpoint certificate has a weak key or signature. */
public final class WeakCryptoRule extends CertificateRule {
    public static final String ID = "certificate.weak-crypto";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The endpoint certificate has a weak key or signature")
            .description(
                    "An RSA key under 2048 bits, or a signature with SHA-1, MD5 or MD2, on the endpoint certificate or an "
                            + "intermediate certificate in its file. Current TLS libraries and NHS infrastructure refuse "
                            + "these; the pages do not state a minimum, so this is our own advice.")
            .severity(Severity.WARNING)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Request a new endpoint certificate with an RSA key of at least 2048 bits, signed with SHA-256 "
                    + "or stronger.")
            .build();

    public WeakCryptoRule() {
        super(METADATA, CertificateProblem.Kind.WEAK_KEY, CertificateProblem.Kind.WEAK_SIGNATURE);
    }
}
