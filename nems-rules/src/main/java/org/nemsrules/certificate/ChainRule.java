package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The endpoint certificate does not chain to the environment's CA certificates. */
public final class ChainRule extends CertificateRule {
    public static final String ID = "certificate.chain";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The endpoint certificate does not chain to the environment's CA certificates")
            .description("The judged environments of nems-rules.yaml name CA certificates (caCertificates), and the "
                    + "endpoint certificate, with the intermediates in its file, does not chain to any of them at the "
                    + "judging instant. Each Spine environment issues its endpoint certificates from its own "
                    + "authority, so this is most often a certificate of another environment (an INT certificate used "
                    + "for live). Silent when no judged environment names CA certificates.")
            .severity(Severity.ERROR)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Use the endpoint certificate issued for this environment, or add the intermediate certificates "
                    + "to its file, or correct caCertificates.")
            .build();

    public ChainRule() {
        super(METADATA, CertificateProblem.Kind.UNTRUSTED_CHAIN);
    }
}
