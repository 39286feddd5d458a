package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The endpoint certificate cannot be read. */
public final class CertificateUnreadableRule extends CertificateRule {
    public static final String ID = "certificate.unreadable";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The endpoint certificate cannot be read")
            .description("A system's endpoint in nems-rules.yaml names a certificate that cannot be read: the file is "
                    + "missing, is not a certificate in PEM, DER or PKCS#12, or its PKCS#12 key store does not open "
                    + "with the password in the variable passwordEnv names (or that variable is not set), or the alias "
                    + "names no key entry; or a CA certificate of the judged environment cannot be read. Spine accepts "
                    + "a connection only from an endpoint with its endpoint certificate (R-HDR-07), so nothing else "
                    + "about it can be checked.")
            .severity(Severity.ERROR)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Point certificate at the endpoint certificate Spine issued for this ASID (PEM, DER, or a "
                    + "PKCS#12 key store with passwordEnv and, for a store of several keys, alias), and set the "
                    + "password's environment variable where the check runs.")
            .build();

    public CertificateUnreadableRule() {
        super(METADATA, CertificateProblem.Kind.UNREADABLE);
    }
}
